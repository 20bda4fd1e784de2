package org.engagement.web.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.engagement.web.testing.RunningApplication;

/**
 * A person signed in to the pages through the real sign-in form, over plain HTTP (no browser): the session cookie is
 * kept, redirects are not followed, so a test sees exactly what the server answers.
 */
public final class PageSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's script nonce in its CSP header: PrimeFaces' scripts send it back with every form. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The server this session talks to; null for the shared {@link RunningApplication}. */
    private String base;

    /** Nobody signed in yet. */
    public static PageSession anonymous() {
        return new PageSession();
    }

    /** Talks to another server, e.g. one started with {@link RunningApplication#startSeparately}. */
    public PageSession on(String baseUrl) {
        this.base = baseUrl;
        return this;
    }

    /** Signs in with the form; true if the server accepted the account for the pages. */
    public boolean signIn(String username, String password) {
        HttpResponse<String> answer = submit(
                "/login.xhtml",
                "login",
                Map.of("login:username", username, "login:password", password, "login:submit", ""));
        // Success redirects away from the sign-in page; failure shows it again.
        return answer.statusCode() / 100 == 3
                && !answer.headers().firstValue("Location").orElse("").contains("login.xhtml");
    }

    /**
     * Opens a page and posts one of its forms as the browser would without script: the given fields, the form's view
     * state and the page's script nonce (PrimeFaces checks it on postback).
     */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> values) {
        return open(path).post(formId, values);
    }

    /** Opens a page to read it, then post one of its forms (the same view, so view-scoped state is kept). */
    public OpenedPage open(String path) {
        return new OpenedPage(path, get(path));
    }

    /** A page as the server sent it, whose forms can be posted back. */
    public final class OpenedPage {

        private final String path;
        private final HttpResponse<String> page;

        private OpenedPage(String path, HttpResponse<String> page) {
            this.path = path;
            this.page = page;
        }

        public String body() {
            return page.body();
        }

        public HttpResponse<String> post(String formId, Map<String, String> values) {
            Matcher viewState = VIEW_STATE.matcher(page.body());
            if (!viewState.find()) {
                throw new IllegalStateException("No view state on " + path + ": " + page.body());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(formId, formId);
            fields.putAll(values);
            fields.put("jakarta.faces.ViewState", viewState.group(1));
            Matcher nonce = NONCE.matcher(String.join(" ", page.headers().allValues("Content-Security-Policy")));
            if (nonce.find()) {
                fields.put("primefaces.nonce", nonce.group(1));
            }
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET with extra headers, e.g. HTTP Basic credentials alongside the session. */
    public HttpResponse<String> get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(uri(path)).header(header, value).GET());
    }

    private URI uri(String path) {
        return URI.create((base == null ? RunningApplication.baseUrl() : base) + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
