package org.engagement.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Security headers on every response (ASVS 14.4), TRACE refused, and with TLS on, plain HTTP sent to HTTPS.
 *
 * <p>Content-Security-Policy comes in two parts on pages. This filter sends the directives that hold for everything
 * (no plugins, no framing, forms and base URL only to this site, images, styles and fonts only from it). PrimeFaces
 * ({@code primefaces.CSP} in web.xml) adds a second header on each page it renders, {@code script-src 'self'
 * 'nonce-…'}, with a fresh nonce per response, and moves inline event handlers into nonce-carrying scripts; a
 * browser enforces both headers, so no inline script runs without the nonce. Responses that are not pages (the API,
 * health, metrics, OpenAPI) get {@code default-src 'none'}.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** No script-src or default-src here: PrimeFaces' header holds scripts to 'self' and its nonce. */
    static final String PAGE_POLICY = "img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
            + "connect-src 'self'; media-src 'none'; frame-src 'none'; worker-src 'self'; manifest-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String NOT_A_PAGE_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final Set<String> NOT_PAGES = Set.of("/api/", "/health", "/metrics", "/openapi");

    @Inject
    private TransportSecurity transport;

    /**
     * Sets the headers, and answers a TRACE or (with TLS on) a plain-HTTP request itself; true when it answered.
     * Also called by {@link EngagementAuthentication}, which runs before any filter and answers some requests
     * itself (401, 429, the redirect to the sign-in page): those responses carry the headers too.
     */
    static boolean answeredEarly(HttpServletRequest request, HttpServletResponse response, TransportSecurity transport)
            throws IOException {
        if ("TRACE".equalsIgnoreCase(request.getMethod()) || "TRACK".equalsIgnoreCase(request.getMethod())) {
            // Answered here, not with sendError: an error page dispatched as TRACE would be echoed by the servlet.
            setHeaders(request, response);
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("This server does not accept TRACE requests.");
            response.flushBuffer();
            return true;
        }
        if (transport.redirectsToHttps(request)) {
            setHeaders(request, response);
            response.setStatus(308);
            response.setHeader("Location", transport.httpsUrl(request));
            response.flushBuffer();
            return true;
        }
        setHeaders(request, response);
        return false;
    }

    private static void setHeaders(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean page = NOT_PAGES.stream().noneMatch(path::startsWith);
        response.setHeader("Content-Security-Policy", page ? PAGE_POLICY : NOT_A_PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!page || path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/")) {
            // Pages and API answers carry personal data: not for shared caches or the browser's back button after
            // sign-out.
            response.setHeader("Cache-Control", "no-store");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (answeredEarly(request, response, transport)) {
            return;
        }
        chain.doFilter(request, response);
    }
}
