package org.curtaincall.platform.control;

/**
 * A request the domain refuses. It names the input field at fault (or {@code null} when the whole
 * request is at fault) so that REST answers and page messages can point at it.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;

    protected DomainException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }

    /** The HTTP status that tells an API client what kind of refusal this is. */
    public abstract int status();
}
