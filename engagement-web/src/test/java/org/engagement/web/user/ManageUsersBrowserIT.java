package org.engagement.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(RunningApplication.class)
class ManageUsersBrowserIT {

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void administratorCreatesAnAccountThatCanSignInThenDisablesIt() {
        browser.signInAsAdmin().go("/admin/users.xhtml");
        browser.click(By.id("list:newUser"));
        browser.type(By.id("userForm:username"), "fatima.lead");
        browser.type(By.id("userForm:displayName"), "Fatima Begum");
        browser.type(By.id("userForm:password"), "too short");
        browser.click(By.xpath("//label[contains(., 'Faith and culture lead')]"));
        browser.click(By.id("userForm:save"));

        assertThat(browser.textOnceContains(By.id("userForm"), "at least 12 characters"))
                .contains("Password must be");

        browser.type(By.id("userForm:email"), "fatima at the council");
        browser.type(By.id("userForm:password"), "a much longer passphrase");
        browser.click(By.id("userForm:save"));
        assertThat(browser.textOnceContains(By.id("userForm"), "Enter an email address like"))
                .contains("or leave it empty");
        browser.type(By.id("userForm:email"), "fatima.begum@council.example");

        browser.type(By.id("userForm:password"), "a much longer passphrase");
        browser.click(By.id("userForm:save"));
        assertThat(browser.textOnceContains(By.id("list:users"), "fatima.lead"))
                .contains("Fatima Begum")
                .contains("Faith and culture lead")
                .contains("fatima.begum@council.example")
                .contains("Active");

        try (Browser fatima = Browser.open()) {
            fatima.signIn("fatima.lead", "a much longer passphrase");
            assertThat(fatima.textOnceContains(By.id("welcome"), "Welcome")).isEqualTo("Welcome, Fatima Begum");
            fatima.go("/admin/users.xhtml");
            assertThat(fatima.textOnceContains(By.id("error-title"), "Not allowed"))
                    .isEqualTo("Not allowed");
        }

        browser.click(By.xpath("//tr[.//span[text()='fatima.lead']]//button[contains(@id, ':edit')]"));
        browser.click(By.cssSelector("#userForm\\:enabled .ui-chkbox-box"));
        browser.click(By.id("userForm:save"));
        browser.textOnceContains(By.id("list:users"), "Disabled");

        // A disabled account's credentials are refused at once, even though they were verified (and cached) before.
        assertThat(Api.as("fatima.lead", "a much longer passphrase")
                        .get("/api/v1/ping")
                        .status())
                .isEqualTo(401);
        try (Browser fatima = Browser.open()) {
            fatima.signIn("fatima.lead", "a much longer passphrase");
            assertThat(fatima.textOnceContains(By.id("login:messages"), "Sign-in failed"))
                    .isNotEmpty();
        }
    }

    @Test
    void aLeadChoosesAWeeklyDigestForHerOwnReminderEmails() {
        Api.Response created = Api.admin()
                .post(
                        "/api/v1/users",
                        Map.of(
                                "username", "digest.lead",
                                "displayName", "Dina Digest",
                                "password", "a digest lead passphrase",
                                "roles", List.of("FAITH_LEAD"),
                                "email", "dina.digest@council.example"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        try (Browser dina = Browser.open()) {
            dina.signIn("digest.lead", "a digest lead passphrase");
            dina.click(By.id("sessionForm:reminderEmailsLink"));
            assertThat(dina.textOnceContains(By.id("emailAddress"), "dina.digest@council.example"))
                    .contains("Reminders are emailed to");
            assertThat(dina.visible(By.xpath("//input[@type='radio' and @value='EACH']"))
                            .isSelected())
                    .as("one email each, until she chooses")
                    .isTrue();
            dina.assertAccessible("the reminder emails page");
            dina.click(By.xpath("//label[contains(., 'A weekly digest on Mondays')]"));
            dina.click(By.id("remindersForm:save"));
            dina.textOnceContains(By.id("pageMessages"), "Saved: A weekly digest on Mondays.");

            dina.go("/account/reminders.xhtml");
            assertThat(dina.visible(By.xpath("//input[@type='radio' and @value='WEEKLY_DIGEST']"))
                            .isSelected())
                    .isTrue();
        }
        Api.Response account = Api.admin().get("/api/v1/users/digest.lead");
        assertThat(account.json())
                .containsEntry("reminderEmails", "WEEKLY_DIGEST")
                .containsEntry("email", "dina.digest@council.example");
    }
}
