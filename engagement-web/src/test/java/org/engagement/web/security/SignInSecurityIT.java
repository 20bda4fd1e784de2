package org.engagement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Brute-force lockout, the security log, own password changes and ending sessions, over HTTP on the running server. */
@ExtendWith(RunningApplication.class)
class SignInSecurityIT {

    @Test
    void afterFiveFailuresTheAccountIsRefusedEvenWithTheRightPasswordAndAnUnknownNameIsTreatedAlike() {
        Api.createUser("lock.known", "the right password", "VIEWER");

        for (int i = 0; i < 6; i++) {
            Api.Response wrong = Api.as("lock.known", "wrong password " + i).get("/api/v1/ping");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.header("Content-Type")).startsWith("application/json");
            assertThat(Api.as("lock.unknown", "wrong password " + i)
                            .get("/api/v1/ping")
                            .status())
                    .isEqualTo(401);
        }
        Api.Response known = Api.as("lock.known", "the right password").get("/api/v1/ping");
        Api.Response unknown = Api.as("lock.unknown", "the right password").get("/api/v1/ping");

        assertThat(known.status()).isEqualTo(429);
        assertThat(Long.parseLong(known.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(unknown.status()).isEqualTo(known.status());
        assertThat(unknown.header("Retry-After")).isNotNull();
        assertThat(withoutDigits(unknown.body())).isEqualTo(withoutDigits(known.body()));
        assertThat(known.json().get("message").toString()).contains("Too many failed sign-in attempts");
    }

    @Test
    void theSignInFormIsLockedOutLikeTheApi() {
        Api.createUser("lock.form", "the right password", "VIEWER");
        for (int i = 0; i < 6; i++) {
            assertThat(PageSession.signIn("lock.form", "wrong password " + i).signedIn())
                    .isFalse();
        }
        PageSession refused = PageSession.signIn("lock.form", "the right password");

        assertThat(refused.signedIn()).isFalse();
        assertThat(refused.lastBody()).contains("Too many failed sign-in attempts");
    }

    @Test
    void failuresLockoutsAndSignInsAreInTheSecurityLogForAdministratorsOnly() {
        Api user = Api.createUser("log.subject", "the right password", "VIEWER");
        assertThat(user.get("/api/v1/ping").status()).isEqualTo(200);
        for (int i = 0; i < 6; i++) {
            Api.as("log.subject", "wrong password " + i).get("/api/v1/ping");
        }

        Api.Response log = Api.admin().get("/api/v1/security-log?q=log.subject&size=100");

        assertThat(log.status()).isEqualTo(200);
        @SuppressWarnings("unchecked") // a JSON list of objects
        List<Map<String, Object>> items = (List<Map<String, Object>>) log.json().get("items");
        assertThat(items)
                .extracting(e -> e.get("type"))
                .contains("ACCOUNT_CREATED", "SIGNED_IN", "SIGN_IN_FAILED", "LOCKED_OUT");
        assertThat(items)
                .filteredOn(e -> "SIGN_IN_FAILED".equals(e.get("type")))
                .hasSize(6)
                .allSatisfy(e -> {
                    assertThat(e.get("clientAddress").toString()).isNotBlank();
                    assertThat(e.get("occurredAt")).isNotNull();
                    assertThat(e.get("actor")).isEqualTo("log.subject");
                });
        assertThat(Api.admin()
                        .get("/api/v1/security-log?type=LOCKED_OUT&q=log.subject")
                        .json()
                        .get("total")
                        .toString())
                .isEqualTo("1");
        assertThat(user.get("/api/v1/security-log").status()).isIn(403, 429);
        assertThat(Api.createUser("log.viewer", "viewer password 12", "VIEWER")
                        .get("/api/v1/security-log")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theSecurityLogPageListsEntriesForAnAdministratorAndExportsThem() {
        Api.as("page.log.nobody", "wrong password").get("/api/v1/ping");
        PageSession admin = PageSession.signIn("admin", RunningApplication.ADMIN_PASSWORD);

        assertThat(admin.body("/admin/security-log.xhtml"))
                .contains("Security log")
                .contains("page.log.nobody")
                .contains("Sign-in failed");
        assertThat(admin.postBack("/admin/security-log.xhtml", "list", "list:exportCsv"))
                .contains("page.log.nobody")
                .contains("Sign-in failed");
        Api.createUser("page.log.viewer", "viewer password 12", "VIEWER");
        assertThat(PageSession.signIn("page.log.viewer", "viewer password 12").opens("/admin/security-log.xhtml"))
                .isFalse();
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheCurrentOneAndTheChangeIsLogged() {
        Api before = Api.createUser("own.password", "the first password", "FAITH_LEAD");

        Api.Response wrongCurrent = before.post(
                "/api/v1/account/password",
                Map.of("currentPassword", "not the password", "newPassword", "the second password"));
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("currentPassword");

        Api.Response changed = before.post(
                "/api/v1/account/password",
                Map.of("currentPassword", "the first password", "newPassword", "the second password"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(before.get("/api/v1/ping").status()).isEqualTo(401);
        assertThat(Api.as("own.password", "the second password")
                        .get("/api/v1/ping")
                        .status())
                .isEqualTo(200);
        assertThat(Api.admin()
                        .get("/api/v1/security-log?q=own.password&type=PASSWORD_CHANGED")
                        .json()
                        .get("total")
                        .toString())
                .isEqualTo("1");
    }

    @Test
    void aPasswordResetOrRoleChangeEndsTheAccountsSessions() {
        Api.createUser("session.reset", "the first password", "FAITH_LEAD");
        Api.createUser("session.roles", "the first password", "FAITH_LEAD");
        PageSession reset = PageSession.signIn("session.reset", "the first password");
        PageSession roles = PageSession.signIn("session.roles", "the first password");
        assertThat(reset.opens("/index.xhtml")).isTrue();
        assertThat(roles.opens("/index.xhtml")).isTrue();

        Map<String, Object> resetAccount =
                Api.admin().get("/api/v1/users/session.reset").json();
        Map<String, Object> rolesAccount =
                Api.admin().get("/api/v1/users/session.roles").json();
        assertThat(Api.admin()
                        .put(
                                "/api/v1/users/session.reset/password",
                                Map.of("version", resetAccount.get("version"), "password", "a password set by admin"))
                        .status())
                .isEqualTo(200);
        assertThat(Api.admin()
                        .put(
                                "/api/v1/users/session.roles",
                                Map.of(
                                        "version",
                                        rolesAccount.get("version"),
                                        "displayName",
                                        "session.roles",
                                        "roles",
                                        List.of("VIEWER"),
                                        "enabled",
                                        true))
                        .status())
                .isEqualTo(200);

        assertThat(reset.opens("/index.xhtml")).isFalse();
        assertThat(roles.opens("/index.xhtml")).isFalse();
    }

    private static String withoutDigits(String text) {
        return text.replaceAll("\\d+", "N");
    }

    /** A browser-like client of the pages: signs in through the real form and keeps its session cookie. */
    static final class PageSession {

        private static final Pattern VIEW_STATE =
                Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        /** The page's script nonce, which PrimeFaces' scripts send back with every form (it refuses a POST without it). */
        private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private boolean signedIn;
        private String lastBody = "";

        static PageSession signIn(String username, String password) {
            PageSession session = new PageSession();
            HttpResponse<String> form =
                    session.send(HttpRequest.newBuilder(uri("/login.xhtml")).GET());
            Matcher state = VIEW_STATE.matcher(form.body());
            assertThat(state.find()).as("the sign-in page has a view state").isTrue();
            String body = Map.of(
                            "login",
                            "login",
                            "login:username",
                            username,
                            "login:password",
                            password,
                            "login:submit",
                            "",
                            "jakarta.faces.ViewState",
                            state.group(1),
                            "primefaces.nonce",
                            nonce(form))
                    .entrySet()
                    .stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> posted = session.send(HttpRequest.newBuilder(uri("/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            session.lastBody = posted.body();
            session.signedIn = posted.statusCode() == 302
                    && !posted.headers().firstValue("Location").orElse("").contains("login.xhtml");
            return session;
        }

        boolean signedIn() {
            return signedIn;
        }

        String lastBody() {
            return lastBody;
        }

        /** Opens a page and presses a non-AJAX button on one of its forms; returns what the server sent back. */
        String postBack(String path, String formId, String buttonId) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET());
            Matcher state = VIEW_STATE.matcher(page.body());
            assertThat(state.find()).as("the page has a view state").isTrue();
            String body = Map.of(
                            formId,
                            formId,
                            buttonId,
                            "",
                            "jakarta.faces.ViewState",
                            state.group(1),
                            "primefaces.nonce",
                            nonce(page))
                    .entrySet()
                    .stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)))
                    .body();
        }

        private static String nonce(HttpResponse<String> page) {
            Matcher nonce = NONCE.matcher(String.join(" ", page.headers().allValues("Content-Security-Policy")));
            assertThat(nonce.find()).as("the page has a script nonce").isTrue();
            return nonce.group(1);
        }

        String body(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET()).body();
        }

        /** True when the page opens; false when the server sends this session to the sign-in page. */
        boolean opens(String path) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET());
            return page.statusCode() == 200;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static URI uri(String path) {
            return URI.create(RunningApplication.baseUrl() + path);
        }

        private static String enc(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
