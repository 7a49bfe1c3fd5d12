package org.curtaincall.platform.control;

/** Well-formed input that breaks a business rule (answered with 422). */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String field, String reason) {
        super(field, reason);
    }

    @Override
    public int status() {
        return 422;
    }
}
