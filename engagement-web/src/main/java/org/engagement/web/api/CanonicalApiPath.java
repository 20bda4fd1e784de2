package org.engagement.web.api;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The API answers only at its plain path. The container routes {@code /%61pi/v1/...} and {@code /api;x/v1/...} to the
 * API (it decodes and drops path parameters before mapping), but the sign-in mechanism tells API calls from page
 * visits by the raw request URI, so such a call would be authenticated as a page visit: by the session cookie, not
 * HTTP Basic. Refusing every call whose raw URI does not begin with {@code /api/} means a call served by the API was
 * always authenticated the API way. Runs before matching and before the role check.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CanonicalApiPath implements ContainerRequestFilter {

    private static final String API_PREFIX = "/api/";

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX)) {
            context.abortWith(Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(
                            ApiError.of(
                                    "Call the API at its plain address, /api/v1/...: encoded or parameterised paths are refused."))
                    .build());
        }
    }
}
