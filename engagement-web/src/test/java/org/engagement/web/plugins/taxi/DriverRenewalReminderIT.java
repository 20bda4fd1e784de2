package org.engagement.web.plugins.taxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.engagement.core.shared.Dates;
import org.engagement.core.testing.TestMailServer.Received;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The taxi module's reminder, contributed through the core's ReminderSource SPI: a driver whose licence is renewed in
 * three weeks without valid training is reminded, once, to the licensing officers, and the email reaches them.
 */
@ExtendWith(RunningApplication.class)
class DriverRenewalReminderIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    @Test
    void licensingOfficersAreRemindedOnceOfADriverWhoseTrainingWillNotBeValidAtRenewal() {
        String officer = "renewal.officer." + RUN.toLowerCase();
        String address = officer + "@council.example";
        Api.createUser(officer, "licensing passphrase", "LICENSING_OFFICER");
        Map<String, Object> account =
                Api.admin().get("/api/v1/users/" + officer).json();
        Api.Response saved = Api.admin()
                .put(
                        "/api/v1/users/" + officer,
                        Map.of(
                                "version",
                                account.get("version"),
                                "displayName",
                                "Renewal Officer",
                                "roles",
                                List.of("LICENSING_OFFICER"),
                                "enabled",
                                true,
                                "email",
                                address));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Api lead = Api.createUser("renewal.lead." + RUN.toLowerCase(), "industry lead passphrase", "INDUSTRY_LEAD");
        LocalDate renewal = TODAY.plusDays(21);
        String licence = "RR" + RUN + "-1";
        Api.Response imported = lead.post(
                "/api/v1/taxi/drivers/import",
                "text/csv",
                ("licence_number,licence_type,surname,forenames,date_of_birth,licence_expiry,operator_name,status\n"
                                + licence + ",PRIVATE_HIRE,Untrained,Una,1980-02-01," + renewal + ",,ACTIVE\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

        assertThat(Api.admin().post("/api/v1/reminders/run", Map.of()).status()).isEqualTo(200);
        assertThat(Api.admin().post("/api/v1/reminders/run", Map.of()).status()).isEqualTo(200);

        List<Received> toOfficer = RunningApplication.mail().received().stream()
                .filter(mail -> mail.to().contains(address) && mail.subject().contains(licence))
                .toList();
        assertThat(toOfficer)
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject())
                        .isEqualTo("Reminder: Taxi driver Una Untrained (licence " + licence
                                + "): training will not be valid on their renewal date, " + Dates.describe(renewal)));
    }
}
