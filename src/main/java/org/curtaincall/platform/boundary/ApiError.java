package org.curtaincall.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The one JSON shape of every API error: the status, a sentence for people, and the fields at fault with the reason
 * for each. {@code {"status":422,"message":"...","errors":[{"field":"teamId","reason":"..."}]}}
 */
public record ApiError(int status, String message, List<FieldError> errors) {

    public static final String SIGN_IN_FIRST =
            "sign in first: send Authorization: Bearer <token> (get one from POST /api/tokens)";

    public record FieldError(String field, String reason) {
    }

    public static Response response(int status, String message, List<FieldError> errors) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, message, errors))
                .build();
    }

    /** An error about one field, or about the whole request when {@code field} is null. */
    public static Response response(int status, String field, String reason) {
        List<FieldError> errors = field == null ? List.of() : List.of(new FieldError(field, reason));
        String message = field == null ? reason : field + ": " + reason;
        return response(status, message, errors);
    }
}
