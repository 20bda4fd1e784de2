package org.engagement.web.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.shared.Dates;
import org.engagement.core.testing.TestMailServer.Received;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminder email through the real application: an administrator gives an officer an email address, the officer's
 * organisation has a policy review coming up, the reminders run, and the email arrives at the run's SMTP server
 * (GreenMail, configured by ENGAGEMENT_SMTP_*) exactly once. The day's rules are tested with a fixed clock in the core's
 * ReminderEmailTest; here the review is put two weeks ahead of the server's real today.
 */
@ExtendWith(RunningApplication.class)
class ReminderEmailIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String ADDRESS = "rita.reminder@council.example";

    @Test
    void aPolicyReviewReminderIsEmailedToTheLeadOfficerOnceAndTheAddressIsChecked() {
        Api rita = Api.createUser("rita.reminder", "rita reminder password", "FAITH_LEAD");
        Map<String, Object> account =
                Api.admin().get("/api/v1/users/rita.reminder").json();
        Map<String, Object> change = new HashMap<>(Map.of(
                "version",
                account.get("version"),
                "displayName",
                "Rita Reminder",
                "roles",
                List.of("FAITH_LEAD"),
                "enabled",
                true,
                "email",
                "rita at the council"));
        Api.Response refused = Api.admin().put("/api/v1/users/rita.reminder", change);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("email").contains("like amina.khan@example.gov.uk");
        change.put("email", ADDRESS);
        Api.Response saved = Api.admin().put("/api/v1/users/rita.reminder", change);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json()).containsEntry("email", ADDRESS).containsEntry("reminderEmails", "EACH");

        long mosque = organisationLedBy("Reminder Email Mosque", "rita.reminder", rita);
        LocalDate review = TODAY.plusDays(14);
        Api.Response profile = rita.put(
                "/api/v1/organisations/" + mosque + "/safeguarding",
                Map.of(
                        "version",
                        0,
                        "policyStatus",
                        "ADOPTED",
                        "adoptedOn",
                        TODAY.minusYears(1).toString(),
                        "nextReviewDue",
                        review.toString(),
                        "procedures",
                        List.of("REPORTING_A_CONCERN"),
                        "contactsOnDisplay",
                        true,
                        "dbsChecks",
                        "PARTLY"));
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        assertThat(Api.admin()
                        .get("/api/v1/reminders/email")
                        .json()
                        .get("status")
                        .toString())
                .startsWith("Reminder emails are on");

        Api.Response run = Api.admin().post("/api/v1/reminders/run", Map.of());
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(((BigDecimal) run.json().get("emailsSent")).intValue()).isPositive();
        Api.Response again = Api.admin().post("/api/v1/reminders/run", Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);

        List<Received> toRita = RunningApplication.mail().received().stream()
                .filter(mail -> mail.to().contains(ADDRESS))
                .toList();
        assertThat(toRita).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("Rita Reminder <" + ADDRESS + ">");
            assertThat(mail.subject())
                    .isEqualTo("Reminder: Safeguarding policy review due " + Dates.describe(review)
                            + " at Reminder Email Mosque");
            assertThat(mail.body()).startsWith("Hello Rita Reminder,");
        });
        assertThat(rita.post("/api/v1/reminders/run", Map.of()).status())
                .as("only an administrator runs them")
                .isEqualTo(403);
    }

    private static long organisationLedBy(String name, String leadOfficer, Api lead) {
        Api.Response created = lead.post(
                "/api/v1/organisations", Map.of("name", name, "type", "COMMUNITY_GROUP", "leadOfficer", leadOfficer));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ((BigDecimal) created.json().get("id")).longValue();
    }
}
