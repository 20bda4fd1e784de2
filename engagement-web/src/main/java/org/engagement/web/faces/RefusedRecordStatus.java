package org.engagement.web.faces;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalInt;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.NotFoundException;
import org.primefaces.csp.CspException;

/**
 * A page whose record the service refuses (gone, or hidden from the caller's roles) answers 404 or 403 with the
 * matching error page; a form posted back for a view that no longer exists, or without the page's script nonce (a
 * stale tab or a forged post), answers 400 with the expired page. web.xml's exception-type error pages alone show
 * the right page with status 500, because the container answers every uncaught exception with 500 (the security
 * scan saw a 500 for every form it posted); sending the status as an error here keeps page and status together.
 * Those mappings stay as the fallback for a response already committed.
 */
@WebFilter(filterName = "refusedRecordStatus", servletNames = "Faces Servlet", asyncSupported = true)
public class RefusedRecordStatus implements Filter {

    /** Enough to reach the service's exception through Faces', EL's and the container's wrappers. */
    private static final int DEEPEST_CAUSE = 16;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            OptionalInt status = statusFor(failure);
            if (status.isEmpty() || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            ((HttpServletResponse) response).sendError(status.getAsInt());
        }
    }

    static OptionalInt statusFor(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (cause instanceof NotFoundException) {
                return OptionalInt.of(HttpServletResponse.SC_NOT_FOUND);
            }
            if (cause instanceof AccessDeniedException) {
                return OptionalInt.of(HttpServletResponse.SC_FORBIDDEN);
            }
            if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                return OptionalInt.of(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        return OptionalInt.empty();
    }
}
