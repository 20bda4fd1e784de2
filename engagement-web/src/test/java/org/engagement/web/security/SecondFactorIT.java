package org.engagement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagement.core.user.TimeBasedCodes;
import org.engagement.web.access.PageSession;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two-step sign-in on the running server, over plain HTTP as a browser without script would do it: set-up with a code
 * from the secret the page shows, the code asked for after the password, each code accepted once, wrong codes counted
 * with the password failures, an administrator's removal, HTTP Basic refused, and the setting that makes it required
 * for administrators.
 */
@ExtendWith(RunningApplication.class)
class SecondFactorIT {

    private static final String PASSWORD = "a two-step password";
    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final TimeBasedCodes CODES = new TimeBasedCodes(Clock.systemUTC());

    @Test
    void anAccountWithASecondFactorSignsInToThePagesOnlyWithACodeAndEachCodeOnce() {
        Api.createUser("two.step", PASSWORD, "FAITH_LEAD");
        String secret = setUp(signedIn("two.step"));

        PageSession session = PageSession.anonymous();
        assertThat(location(password(session, "two.step"))).endsWith("/login-code.xhtml");
        assertThat(location(session.get("/index.xhtml")))
                .as("not signed in before the code")
                .endsWith("/login.xhtml");
        HttpResponse<String> wrong = code(session, otherThan(codeSoon(secret)));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("That code is not right");

        String code = codeSoon(secret);
        assertThat(location(code(session, code))).endsWith("/index.xhtml");
        assertThat(session.get("/index.xhtml").statusCode()).isEqualTo(200);

        PageSession replay = PageSession.anonymous();
        password(replay, "two.step");
        assertThat(code(replay, code).body()).as("a code is accepted once").contains("That code is not right");

        Api.Response basic = Api.as("two.step", PASSWORD).get("/api/v1/modules");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.body()).contains("two-step sign-in");
        assertThat(securityLog("two.step"))
                .extracting(e -> e.get("type") + " " + e.get("actor"))
                .contains(
                        "SECOND_FACTOR_SET_UP two.step",
                        "SIGN_IN_CODE_FAILED two.step",
                        "SIGN_IN_FAILED two.step",
                        "SIGNED_IN two.step");
        assertThat(securityLog("two.step"))
                .filteredOn(e -> "SIGN_IN_CODE_FAILED".equals(e.get("type")))
                .hasSize(2);
    }

    @Test
    void anAdministratorRemovesASecondFactorWhichEndsTheAccountsSessions() {
        Api owner = Api.createUser("lost.phone", PASSWORD, "VIEWER");
        String secret = setUp(signedIn("lost.phone"));
        PageSession session = PageSession.anonymous();
        password(session, "lost.phone");
        code(session, codeSoon(secret));
        assertThat(session.get("/index.xhtml").statusCode()).isEqualTo(200);
        Map<String, Object> account =
                Api.admin().get("/api/v1/users/lost.phone").json();
        assertThat(account.get("secondFactor")).isEqualTo(true);
        String removal = "/api/v1/users/lost.phone/second-factor?version=" + account.get("version");

        assertThat(owner.delete(removal).status()).isIn(401, 403);
        Api.Response removed = Api.admin().delete(removal);

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("secondFactor")).isEqualTo(false);
        assertThat(location(session.get("/index.xhtml"))).endsWith("/login.xhtml");
        assertThat(location(password(PageSession.anonymous(), "lost.phone"))).endsWith("/index.xhtml");
        assertThat(owner.get("/api/v1/modules").status()).isEqualTo(200);
        assertThat(securityLog("lost.phone"))
                .extracting(e -> e.get("type") + " " + e.get("actor"))
                .contains("SECOND_FACTOR_REMOVED admin");
    }

    @Test
    void wrongCodesCountTowardsTheLockoutAndGivingThePasswordAgainDoesNotResetThem() {
        Api.createUser("code.guesser", PASSWORD, "VIEWER");
        String secret = setUp(signedIn("code.guesser"));
        PageSession session = PageSession.anonymous();
        for (int round = 0; round < 2; round++) {
            password(session, "code.guesser");
            for (int i = 0; i < 3; i++) {
                code(session, otherThan(codeSoon(secret)));
            }
        }

        HttpResponse<String> right = code(session, codeSoon(secret));

        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("Too many wrong codes");
        assertThat(securityLog("code.guesser")).extracting(e -> e.get("type")).contains("LOCKED_OUT");
    }

    @Test
    void whenRequiredAnAdministratorMustSetUpASecondFactorBeforeAnyOtherPageAndCannotUseHttpBasic() throws Exception {
        Path dataDir = Path.of("target", "second-factor-required-" + System.nanoTime());
        try (RunningApplication.Server server = RunningApplication.startSeparately(
                dataDir, "second-factor-required", Map.of("ENGAGEMENT_SECOND_FACTOR_REQUIRED_FOR_ADMIN", "true"))) {
            PageSession admin = PageSession.anonymous().on(server.baseUrl());
            HttpResponse<String> signedIn = admin.submit(
                    "/login.xhtml",
                    "login",
                    Map.of(
                            "login:username",
                            "admin",
                            "login:password",
                            RunningApplication.ADMIN_PASSWORD,
                            "login:submit",
                            ""));

            assertThat(location(signedIn)).endsWith("/account/two-step.xhtml");
            assertThat(location(admin.get("/admin/users.xhtml"))).endsWith("/account/two-step.xhtml");
            Api.Response basic = Api.admin().on(server.baseUrl()).get("/api/v1/users");
            assertThat(basic.status()).isEqualTo(401);
            assertThat(basic.body()).contains("two-step sign-in");

            setUp(admin);
            assertThat(admin.get("/admin/users.xhtml").statusCode()).isEqualTo(200);
        }
    }

    /** Sets up the second factor on the page; returns the secret the page showed. */
    private static String setUp(PageSession session) {
        PageSession.OpenedPage page = session.open("/account/two-step.xhtml");
        assertThat(page.body()).contains("<svg").contains("QR code to scan");
        Matcher shown = SECRET.matcher(page.body());
        assertThat(shown.find()).as("the page shows the key to type").isTrue();
        String secret = shown.group(1).replace(" ", "");

        HttpResponse<String> saved = page.post(
                "setUpForm", Map.of("setUpForm:code", CODES.codeAt(secret, Instant.now()), "setUpForm:save", ""));

        assertThat(saved.body()).contains("Two-step sign-in is set up");
        return secret;
    }

    private static PageSession signedIn(String username) {
        PageSession session = PageSession.anonymous();
        assertThat(session.signIn(username, PASSWORD)).isTrue();
        return session;
    }

    private static HttpResponse<String> password(PageSession session, String username) {
        return session.submit(
                "/login.xhtml",
                "login",
                Map.of("login:username", username, "login:password", PASSWORD, "login:submit", ""));
    }

    private static HttpResponse<String> code(PageSession session, String code) {
        return session.submit(
                "/login-code.xhtml", "signInCode", Map.of("signInCode:code", code, "signInCode:submit", ""));
    }

    /** The next step's code: the app's clock may run a little ahead, and the set-up code's step is spent. */
    private static String codeSoon(String secret) {
        return CODES.codeAt(secret, Instant.now().plusSeconds(30));
    }

    private static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }

    @SuppressWarnings("unchecked") // a JSON list of objects
    private static List<Map<String, Object>> securityLog(String username) {
        return (List<Map<String, Object>>) Api.admin()
                .get("/api/v1/security-log?q=" + username + "&size=100")
                .json()
                .get("items");
    }
}
