package org.curtaincall.platform.control;

/** Input that clashes with what is already stored, such as a name that is taken (answered with 409). */
public class ConflictException extends DomainException {

    public ConflictException(String field, String reason) {
        super(field, reason);
    }

    @Override
    public int status() {
        return 409;
    }
}
