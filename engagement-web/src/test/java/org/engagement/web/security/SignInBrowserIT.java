package org.engagement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(RunningApplication.class)
class SignInBrowserIT {

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void administratorSignsInSeesTheHomePageAndSignsOut() {
        browser.signInAsAdmin();

        assertThat(browser.textOnceContains(By.id("welcome"), "Welcome")).isEqualTo("Welcome, Administrator");
        assertThat(browser.pageText()).contains("Administrator").contains("Sign out");

        browser.click(By.id("sessionForm:signOut"));

        assertThat(browser.textOnceContains(By.id("signedOutNotice"), "signed out"))
                .contains("You have signed out.");
        browser.go("/index.xhtml");
        assertThat(browser.visible(By.id("login:username")).isDisplayed()).isTrue();
    }

    @Test
    void wrongPasswordShowsAnErrorAndDoesNotSignIn() {
        browser.signIn("admin", "not the password at all");

        assertThat(browser.textOnceContains(By.id("login:messages"), "Sign-in failed"))
                .contains("username and password do not match");
        browser.go("/index.xhtml");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login.xhtml");
    }

    @Test
    void emptyFormSaysWhichFieldsAreMissing() {
        browser.go("/login.xhtml");
        browser.click(By.id("login:submit"));

        // The answer replaces the page: wait for it rather than read a page that is going away.
        assertThat(browser.textOnceContains(By.tagName("body"), "Enter your username."))
                .contains("Enter your password.");
    }

    @Test
    void aProtectedPageAsksForSignInThenOpens() {
        browser.go("/admin/users.xhtml");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login.xhtml");

        browser.type(By.id("login:username"), "admin");
        browser.type(By.id("login:password"), RunningApplication.ADMIN_PASSWORD);
        browser.click(By.id("login:submit"));

        assertThat(browser.textOnceContains(By.tagName("h1"), "User accounts")).isEqualTo("User accounts");
    }

    @Test
    void unknownPageShowsTheNotFoundPageInTheLayout() {
        browser.signInAsAdmin();
        browser.textOnceContains(By.id("welcome"), "Welcome");

        browser.go("/no-such-page.xhtml");

        assertThat(browser.textOnceContains(By.id("error-title"), "not found")).isEqualTo("Page not found");
        assertThat(browser.pageText()).contains("Engagement CRM").contains("Go to the home page");
    }
}
