package org.engagement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every response carries, and how the API answers failures, on the running server. */
@ExtendWith(RunningApplication.class)
class SecurityHeadersIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPageCarriesTheSecurityHeadersAndAScriptPolicyWithANonceAndNoUnsafeInline() {
        HttpResponse<String> page = send("GET", "/login.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertCommonHeaders(page);
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertThat(String.join("; ", policies))
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'")
                .doesNotContain("unsafe-inline' 'nonce")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        String nonce = String.join(" ", policies).replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.body())
                .contains("nonce=\"" + nonce + "\"")
                .doesNotContainPattern("<[^>]+\\son(click|change|keyup)=");
    }

    @Test
    void anApiAnswerCarriesTheHeadersAndAPolicyThatAllowsNothing() {
        HttpResponse<String> ping = send("GET", "/api/v1/ping");

        assertThat(ping.statusCode()).isEqualTo(200);
        assertCommonHeaders(ping);
        assertThat(ping.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).startsWith("default-src 'none'").contains("frame-ancestors 'none'"));
        assertThat(ping.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void a401IsJsonWithTheHeaders() {
        Api.Response anonymous = Api.anonymous().get("/api/v1/organisations");
        Api.Response wrong = Api.as("admin", "not the password").get("/api/v1/organisations");

        for (Api.Response response : List.of(anonymous, wrong)) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("Content-Type")).startsWith("application/json");
            assertThat(response.json().get("message").toString()).contains("HTTP Basic");
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void a405IsJsonAndSaysWhichMethodsAreAllowed() {
        Api.Response response = Api.admin().delete("/api/v1/ping");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().get("message").toString()).contains("does not accept that HTTP method");
        assertThat(response.header("Allow")).contains("GET");
    }

    @Test
    void traceIsRefusedEverywhere() {
        for (String path : List.of("/", "/login.xhtml", "/api/v1/ping")) {
            HttpResponse<String> trace = send("TRACE", path);
            assertThat(trace.statusCode()).as(path).isEqualTo(405);
            assertThat(trace.body()).doesNotContain("TRACE " + path);
        }
    }

    @Test
    void noResponseNamesTheServerOrItsVersion() {
        for (String path : List.of("/login.xhtml", "/api/v1/ping", "/no-such-page")) {
            HttpResponse<String> response = send("GET", path);
            assertThat(response.headers().firstValue("X-Powered-By")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Server").orElse(""))
                    .as(path)
                    .doesNotContainIgnoringCase("payara")
                    .doesNotContainPattern("\\d+\\.\\d+");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> page = send("GET", "/login.xhtml");

        assertThat(page.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(cookie ->
                        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aRequestBodyOverTheCapIsRefusedWithJsonBeforeItIsRead() throws IOException {
        URI base = URI.create(RunningApplication.baseUrl());
        // Announces 2 MB and sends none of it: the answer must come from the declared length alone.
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String auth = java.util.Base64.getEncoder()
                    .encodeToString(("admin:" + RunningApplication.ADMIN_PASSWORD)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream()
                    .write(("POST /api/v1/users HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                                    + "Authorization: Basic " + auth + "\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: " + (2 << 20) + "\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            int n;
            while (!answer.toString().contains("]}")
                    && (n = socket.getInputStream().read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
            }

            assertThat(answer.toString())
                    .startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("application/json")
                    .contains("larger than 1 MB");
        }
    }

    @Test
    void csvExportsNeutraliseCellsThatASpreadsheetWouldRunAsFormulas() {
        Api.admin()
                .post(
                        "/api/v1/users",
                        Map.of(
                                "username",
                                "csv.formula",
                                "displayName",
                                "=HYPERLINK(\"http://x\")",
                                "password",
                                "a long enough password",
                                "roles",
                                List.of("VIEWER")));
        SignInSecurityIT.PageSession admin =
                SignInSecurityIT.PageSession.signIn("admin", RunningApplication.ADMIN_PASSWORD);

        String csv = admin.postBack("/admin/users.xhtml", "list", "list:export");

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain("\"=HYPERLINK");
    }

    private static void assertCommonHeaders(HttpResponse<?> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().allValues("Content-Security-Policy")).isNotEmpty();
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .as("only over HTTPS")
                .isEmpty();
    }

    private static HttpResponse<String> send(String method, String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(RunningApplication.baseUrl() + path))
                            .method(method, HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
