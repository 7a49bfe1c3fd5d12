package org.curtaincall.platform.control;

/** A signed-in caller asking for something their role or ownership does not allow (answered with 403). */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String reason) {
        super(null, reason);
    }

    @Override
    public int status() {
        return 403;
    }
}
