package org.curtaincall.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.curtaincall.platform.control.BackInAMoment;
import org.curtaincall.platform.control.DatabaseUnavailable;

/**
 * The last line: anything not mapped elsewhere. Unreadable JSON is the client's mistake (400); a lost database is
 * temporary (503); anything else is ours (500) and is logged under an incident id that the client sees instead of a
 * stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (causedBy(e, JsonbException.class) || e instanceof ProcessingException) {
            return ApiError.response(400, null, "the request body is not valid JSON of the expected shape");
        }
        if (DatabaseUnavailable.isCause(e)) {
            LOG.warning(() -> "Database unavailable: " + e);
            return Response.fromResponse(ApiError.response(503, null, DatabaseUnavailable.MESSAGE))
                    .header("Retry-After", BackInAMoment.RETRY_AFTER_SECONDS)
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return ApiError.response(500, null, "something went wrong on our side (incident " + incident + ")");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
