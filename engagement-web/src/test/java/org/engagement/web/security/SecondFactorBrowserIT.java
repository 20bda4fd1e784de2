package org.engagement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.engagement.core.user.TimeBasedCodes;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A person sets up two-step sign-in, signs in with a code, and an administrator removes it for a lost phone. */
@ExtendWith(RunningApplication.class)
class SecondFactorBrowserIT {

    private static final String USER = "aa.browser.two.step";
    private static final String PASSWORD = "browser two-step password";
    private static final TimeBasedCodes CODES = new TimeBasedCodes(Clock.systemUTC());

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aPersonSetsUpTwoStepSignInSignsInWithACodeAndAnAdministratorRemovesIt() {
        Api.createUser(USER, PASSWORD, "FAITH_LEAD");
        browser.signIn(USER, PASSWORD);
        browser.click(By.id("sessionForm:twoStepSignIn"));
        assertThat(browser.textOnceContains(By.tagName("h1"), "Two-step")).isEqualTo("Two-step sign-in");
        assertThat(browser.visible(By.cssSelector("svg.qr-code")).getAttribute("aria-label"))
                .contains("QR code");
        String secret = browser.visible(By.id("secret")).getText().replace(" ", "");

        browser.type(By.id("setUpForm:code"), "12345");
        browser.click(By.id("setUpForm:save"));
        assertThat(browser.textOnceContains(By.tagName("body"), "code does not match"))
                .contains("Type the 6-digit code");
        browser.type(By.id("setUpForm:code"), CODES.codeAt(secret, Instant.now()));
        browser.click(By.id("setUpForm:save"));
        assertThat(browser.textOnceContains(By.id("status"), "is on")).contains("Two-step sign-in is on");

        browser.click(By.id("sessionForm:signOut"));
        browser.textOnceContains(By.id("signedOutNotice"), "signed out");
        browser.signIn(USER, PASSWORD);
        assertThat(browser.textOnceContains(By.tagName("h1"), "code")).isEqualTo("Enter your sign-in code");
        browser.type(By.id("signInCode:code"), "000000".equals(codeSoon(secret)) ? "111111" : "000000");
        browser.click(By.id("signInCode:submit"));
        assertThat(browser.textOnceContains(By.tagName("body"), "not right")).contains("That code is not right");
        browser.type(By.id("signInCode:code"), codeSoon(secret));
        browser.click(By.id("signInCode:submit"));
        assertThat(browser.textOnceContains(By.id("welcome"), "Welcome")).isEqualTo("Welcome, " + USER);
        browser.click(By.id("sessionForm:signOut"));
        browser.textOnceContains(By.id("signedOutNotice"), "signed out");

        browser.signInAsAdmin();
        browser.go("/admin/users.xhtml");
        // The name sorts first, so the row is on the list's first page whatever other tests created.
        browser.textOnceContains(By.id("list:users"), USER);
        browser.click(By.xpath("//tr[.//span[text()='" + USER + "']]//button[contains(@id, ':removeSecondFactor')]"));
        browser.click(By.id("list:confirmYes"));
        assertThat(browser.textOnceContains(By.tagName("body"), "Two-step sign-in removed from"))
                .contains("Two-step sign-in removed from " + USER);
        assertThat(Api.admin().get("/api/v1/users/" + USER).json().get("secondFactor"))
                .isEqualTo(false);
    }

    private static String codeSoon(String secret) {
        return CODES.codeAt(secret, Instant.now().plusSeconds(30));
    }
}
