package org.curtaincall.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Refuses (400) any API request that carries a NUL character, in the address or in the body (raw, or as the JSON
 * escape backslash-u0000). PostgreSQL can neither store nor compare text holding one, so it would otherwise surface
 * as an unexpected error from deep inside a query; no field of this API has a use for it.
 */
@Provider
@PreMatching
public class NulCharacterFilter implements ContainerRequestFilter {

    static final String MESSAGE = "the request contains a NUL character (\\u0000), which no field accepts";

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String uri = request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        if (uri.contains("%00") || decodes(uri)) {
            request.abortWith(ApiError.response(400, null, MESSAGE));
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        if (containsNul(body)) {
            request.abortWith(ApiError.response(400, null, MESSAGE));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static boolean decodes(String uri) {
        try {
            return URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8).indexOf('\0') >= 0;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** A raw zero byte, or {@code \u0000} whose backslash is not itself escaped (an odd run of backslashes). */
    static boolean containsNul(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return true;
            }
            if (body[i] == '\\' && i + 5 < body.length && (body[i + 1] == 'u' || body[i + 1] == 'U')
                    && body[i + 2] == '0' && body[i + 3] == '0' && body[i + 4] == '0' && body[i + 5] == '0') {
                int backslashes = 0;
                for (int j = i; j >= 0 && body[j] == '\\'; j--) {
                    backslashes++;
                }
                if (backslashes % 2 == 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
