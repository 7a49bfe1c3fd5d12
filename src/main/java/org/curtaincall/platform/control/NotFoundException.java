package org.curtaincall.platform.control;

/** A reference to something that does not exist, or that the caller may not know exists (answered with 404). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(null, what + " " + id + " does not exist");
    }

    @Override
    public int status() {
        return 404;
    }
}
