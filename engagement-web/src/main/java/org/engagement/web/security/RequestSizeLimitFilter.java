package org.engagement.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Caps the size of every request body (ASVS 12.1.1), so no page or endpoint reads more than it could need: forms and
 * JSON 1 MB; file uploads (multipart pages, CSV imports and documents sent to the API) {@link #UPLOAD_BYTES}, the
 * same cap as the Faces servlet's multipart-config in web.xml. A body declared too big is refused before it is read
 * (413, JSON for the API); one sent without a length is counted as it is read and stops at the cap.
 */
@WebFilter(filterName = "requestSizeLimit", urlPatterns = "/*", asyncSupported = true)
public class RequestSizeLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final long FORM_BYTES = 1L << 20;
    static final long UPLOAD_BYTES = 25L << 20;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request.getContentType());
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        chain.doFilter(new Capped(request, limit), response);
    }

    static long limitFor(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean upload = type.startsWith("multipart/form-data")
                || type.startsWith("text/csv")
                || type.startsWith("text/plain")
                || type.startsWith("application/octet-stream")
                || type.startsWith("application/pdf");
        return upload ? UPLOAD_BYTES : FORM_BYTES;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        String message = "The request is larger than " + (limit >> 20) + " MB, the most this server accepts. "
                + "Send a smaller file, or split it into several.";
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setStatus(413);
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"message\":\"" + message + "\",\"errors\":[]}");
        } else {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Counts what is read of a body sent without a length, and stops at the cap. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream capped;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                capped = new CountingStream(super.getInputStream(), limit);
            }
            return capped;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new RequestTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    /** A body sent without a length went past the cap while being read. */
    public static final class RequestTooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        RequestTooLargeException(long limit) {
            super("The request is larger than " + (limit >> 20) + " MB, the most this server accepts. "
                    + "Send a smaller file, or split it into several.");
        }
    }
}
