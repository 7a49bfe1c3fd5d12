package org.curtaincall.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.curtaincall.platform.boundary.ApiError.FieldError;

/** Bean Validation failures become 400 with one entry per field, named as the JSON field is named. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String message = "invalid input: " + String.join(", ", errors.stream().map(f -> f.field() + " " + f.reason()).toList());
        return ApiError.response(400, message, errors);
    }

    /** The JSON field of a violation: the first property in its path ("roles", "name"), or "body" for the request itself. */
    public static String fieldName(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                return node.getName();
            }
        }
        return "body";
    }
}
