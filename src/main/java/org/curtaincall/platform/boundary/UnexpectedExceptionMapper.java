package org.curtaincall.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.curtaincall.platform.control.BackInAMoment;
import org.curtaincall.platform.control.Causes;
import org.curtaincall.platform.control.DatabaseUnavailable;
import org.curtaincall.platform.control.DuplicateWrite;

/**
 * The last line: anything not mapped elsewhere. Unreadable JSON is the client's mistake (400); a lost database is
 * temporary (503); a duplicate that another request stored a moment before is a conflict (409), whether a query or
 * the commit found it; anything else is ours (500) and is logged under an incident id that the client sees instead of
 * a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        return respond(e);
    }

    static Response respond(Throwable e) {
        ApiError error = errorFor(e);
        Response response = ApiError.response(error.status(), error.message(), error.errors());
        if (error.status() == 503) {
            return Response.fromResponse(response).header("Retry-After", BackInAMoment.RETRY_AFTER_SECONDS).build();
        }
        return response;
    }

    static ApiError errorFor(Throwable e) {
        if (Causes.any(e, JsonbException.class::isInstance) || e instanceof ProcessingException) {
            return new ApiError(400, "the request body is not valid JSON of the expected shape", List.of());
        }
        if (DatabaseUnavailable.isCause(e)) {
            LOG.warning(() -> "Database unavailable: " + e);
            return new ApiError(503, DatabaseUnavailable.MESSAGE, List.of());
        }
        if (DuplicateWrite.isCause(e)) {
            LOG.info(() -> "Refused a duplicate stored at the same moment: " + e);
            return new ApiError(409, DuplicateWrite.MESSAGE, List.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return new ApiError(500, "something went wrong on our side (incident " + incident + ")", List.of());
    }
}
