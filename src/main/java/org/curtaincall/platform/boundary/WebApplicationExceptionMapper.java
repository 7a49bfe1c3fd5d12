package org.curtaincall.platform.boundary;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime raises itself (unknown path, wrong method, unsupported media type, unreadable JSON) keep
 * their status but get the JSON error body, and never show an exception message from inside the runtime.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String reason = switch (status) {
            case 400 -> "the request body is not valid JSON of the expected shape";
            case 401 -> ApiError.SIGN_IN_FIRST;
            case 403 -> "your role does not allow this";
            case 404 -> e instanceof NotFoundException ? "no such resource" : "not found";
            case 405 -> e instanceof NotAllowedException ? "this method is not allowed here" : "method not allowed";
            case 406 -> "this resource answers with application/json";
            case 415 -> "send the body as application/json";
            default -> Response.Status.fromStatusCode(status) == null
                    ? "request refused" : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        Response response = ApiError.response(status, null, reason);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }
}
