package org.curtaincall.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed as it committed, after its method's work was done, answers as its cause would (see
 * {@link UnexpectedExceptionMapper}): a duplicate 409, a lost database 503, anything else 500 with an incident. Jersey
 * brings a mapper of its own for this exception that throws it again, and the client then got the server's HTML
 * error page instead of the API's JSON error; the higher priority makes this one chosen.
 */
@Provider
@Priority(1)
public class CommitFailureMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException e) {
        return UnexpectedExceptionMapper.respond(e);
    }
}
