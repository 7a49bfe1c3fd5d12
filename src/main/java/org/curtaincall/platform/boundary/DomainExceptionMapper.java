package org.curtaincall.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.curtaincall.platform.control.DomainException;
import org.curtaincall.platform.control.TooManyAttemptsException;

/** A refusal from the domain becomes its status with the field and reason in the JSON body. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        Response response = ApiError.response(e.status(), e.field(), e.reason());
        if (e instanceof TooManyAttemptsException tooMany) {
            return Response.fromResponse(response)
                    .header("Retry-After", Math.max(1, tooMany.retryAfter().toSeconds()))
                    .build();
        }
        return response;
    }
}
