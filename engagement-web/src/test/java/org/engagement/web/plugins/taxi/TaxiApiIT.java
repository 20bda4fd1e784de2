package org.engagement.web.plugins.taxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Json;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningApplication.class)
class TaxiApiIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final Api LEAD =
            Api.createUser("taxi.lead." + RUN.toLowerCase(), "industry lead passphrase", "INDUSTRY_LEAD");
    private static final Api OFFICER =
            Api.createUser("taxi.officer." + RUN.toLowerCase(), "licensing passphrase", "LICENSING_OFFICER");
    private static final String COUNCIL_USER = "taxi.system." + RUN.toLowerCase();
    private static final Api COUNCIL = Api.createUser(COUNCIL_USER, "api client passphrase", "API_CLIENT");
    private static final Api FAITH =
            Api.createUser("taxi.faith." + RUN.toLowerCase(), "faith lead passphrase", "FAITH_LEAD");

    private static Api.Response csv(Api api, String path, String body) {
        return api.post(path, "text/csv", body.getBytes(StandardCharsets.UTF_8));
    }

    /** JSON numbers arrive as BigDecimal; whole numbers are compared as ints here. */
    private static Map<String, Object> ints(Map<String, Object> json) {
        Map<String, Object> plain = new java.util.LinkedHashMap<>();
        json.forEach((k, v) -> plain.put(k, v instanceof Number n ? (Object) n.intValue() : v));
        return plain;
    }

    private static String register(String... lines) {
        return "\uFEFFlicence_number,licence_type,surname,forenames,date_of_birth,licence_expiry,operator_name,status\n"
                + String.join("\n", lines) + "\n";
    }

    @Test
    void aRegisterWithABadRowIsRefusedWithEveryLineAndNothingChanges() {
        Api.Response refused = csv(
                LEAD,
                "/api/v1/taxi/drivers/import",
                register(
                        "A" + RUN + "-1,PRIVATE_HIRE,Khan,Imran,1980-02-01,2027-05-01,Ace Cars " + RUN + ",ACTIVE",
                        "A" + RUN + "-2,MINICAB,Smith,Jo,31/02/1975,2027-05-01,,ACTIVE",
                        "a" + RUN + "-1,DUAL,Khan,Imran,1980-02-01,2027-05-01,,ACTIVE"));

        assertThat(refused.status()).isEqualTo(400);
        List<Map<String, Object>> errors = Json.objects(refused.json().get("errors"));
        assertThat(errors).extracting(e -> ((Number) e.get("line")).intValue()).containsExactly(3, 3, 4);
        assertThat(refused.body())
                .contains("licence_type 'MINICAB'")
                .contains("date_of_birth '31/02/1975'")
                .contains("also appears on line 2");
        assertThat(OFFICER.get("/api/v1/taxi/drivers/A" + RUN + "-1").status()).isEqualTo(404);
    }

    @Test
    void importsUpsertByLicenceNumberAndTheCheckFollowsTheRule() {
        Api.Response first = csv(
                LEAD,
                "/api/v1/taxi/drivers/import",
                register(
                        " b" + RUN + "-1 ,PRIVATE_HIRE,Khan,Imran,1980-02-01,2027-05-01,Ace Cars " + RUN + ",ACTIVE",
                        "B" + RUN + "-2,HACKNEY_CARRIAGE,Smith,Jo,01/03/1975,2027-05-01,ace  cars " + RUN.toLowerCase()
                                + ",ACTIVE",
                        "B" + RUN + "-3,DUAL,Patel,Raj,1990-12-24,2027-05-01,,REVOKED"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(ints(first.json()))
                .containsEntry("created", 3)
                .containsEntry("updated", 0)
                .containsEntry("operatorsCreated", List.of("Ace Cars " + RUN));

        Api.Response again = csv(
                LEAD,
                "/api/v1/taxi/drivers/import",
                register("B" + RUN + "-1,PRIVATE_HIRE,Khan,Imran,1980-02-01,2027-08-01,Ace Cars " + RUN + ",ACTIVE"));
        assertThat(ints(again.json()))
                .containsEntry("created", 0)
                .containsEntry("updated", 1)
                .containsEntry("operatorsCreated", List.of());
        assertThat(OFFICER.get("/api/v1/taxi/drivers/b" + RUN + "-1").json())
                .containsEntry("licenceExpiry", "2027-08-01");

        String training = "licence_number,course_code,completed_on,certificate_number\n"
                + "B" + RUN + "-1,TAXI-CSE,2024-08-02,CERT-1\n"
                + "B" + RUN + "-2,TAXI-CSE,01/05/2024,CERT-2\n"
                + "B" + RUN + "-3,TAXI-CSE,2026-01-10,CERT-3\n";
        assertThat(ints(csv(LEAD, "/api/v1/taxi/training/import", training).json()))
                .containsEntry("created", 3);
        assertThat(ints(csv(LEAD, "/api/v1/taxi/training/import", training).json()))
                .containsEntry("created", 0)
                .containsEntry("unchanged", 3);

        Map<String, Object> eligible =
                COUNCIL.get("/api/v1/taxi/drivers/B" + RUN + "-1/renewal-check").json();
        assertThat(eligible)
                .containsEntry("eligible", true)
                .containsEntry("renewalDate", "2027-08-01")
                .containsEntry("reasons", List.of());
        assertThat(Json.object(eligible.get("training")))
                .containsEntry("courseCode", "TAXI-CSE")
                .containsEntry("completedOn", "2024-08-02")
                .containsEntry("certificateNumber", "CERT-1")
                .containsEntry("validUntil", "2027-08-01");

        assertThat(OFFICER.get("/api/v1/taxi/drivers/B" + RUN + "-2/renewal-check")
                        .json())
                .containsEntry("eligible", false)
                .containsEntry("reasons", List.of("TRAINING_NOT_VALID_ON_RENEWAL_DATE"));
        assertThat(OFFICER.get("/api/v1/taxi/drivers/B" + RUN + "-2/renewal-check?date=2027-04-30")
                        .json())
                .containsEntry("eligible", true);
        assertThat(OFFICER.get("/api/v1/taxi/drivers/B" + RUN + "-3/renewal-check")
                        .json())
                .containsEntry("reasons", List.of("LICENCE_REVOKED"));
        assertThat(OFFICER.get("/api/v1/taxi/drivers/NOPE" + RUN + "/renewal-check")
                        .status())
                .isEqualTo(404);

        Map<String, Object> log =
                Api.admin().get("/api/v1/taxi/check-log?size=100").json();
        assertThat(log.get("items").toString()).contains("B" + RUN + "-3").contains(COUNCIL_USER);
    }

    @Test
    void trainingForAnUnknownDriverOrCourseOrInTheFutureIsRefusedLineByLine() {
        String training = "licence_number,course_code,completed_on,certificate_number\n"
                + "ZZ" + RUN + ",TAXI-CSE,2024-08-02,\n"
                + "ZZ" + RUN + ",NO-SUCH-COURSE," + LocalDate.now().plusDays(1) + ",\n";
        Api.Response refused = csv(LEAD, "/api/v1/taxi/training/import", training);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("is not on the driver register")
                .contains("NO-SUCH-COURSE")
                .contains("is in the future");
    }

    @Test
    void aChangeToTheRuleMustSendTheVersionItReadAndIsRefusedWhenSomeoneChangedItFirst() {
        Map<String, Object> rule = Api.admin().get("/api/v1/taxi/renewal-rule").json();
        long version = ((Number) rule.get("version")).longValue();
        Map<String, Object> sameRule = new HashMap<>(rule);

        sameRule.remove("version");
        Api.Response withoutVersion = Api.admin().put("/api/v1/taxi/renewal-rule", sameRule);
        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(withoutVersion.body()).contains("\"field\":\"version\"").contains("Send the version you last read");

        sameRule.put("version", version + 1);
        Api.Response stale = Api.admin().put("/api/v1/taxi/renewal-rule", sameRule);
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);

        // The same rule again, so the other tests sharing the server see no change.
        sameRule.put("version", version);
        Api.Response current = Api.admin().put("/api/v1/taxi/renewal-rule", sameRule);
        assertThat(current.status()).as(current.body()).isEqualTo(200);
        assertThat(ints(current.json()))
                .containsEntry("validityMonths", ints(rule).get("validityMonths"))
                .containsEntry("qualifyingCourseCodes", rule.get("qualifyingCourseCodes"));
    }

    @Test
    void onlyAnAdministratorSetsTheRuleAndAnApiClientOnlyChecks() {
        assertThat(ints(Api.admin().get("/api/v1/taxi/renewal-rule").json()))
                .containsEntry("validityMonths", 36)
                .containsEntry("qualifyingCourseCodes", List.of("TAXI-CSE"));
        assertThat(OFFICER.put(
                                "/api/v1/taxi/renewal-rule",
                                Map.of("qualifyingCourseCodes", List.of("X"), "validityMonths", 12))
                        .status())
                .isEqualTo(403);
        assertThat(Api.admin()
                        .put(
                                "/api/v1/taxi/renewal-rule",
                                Map.of("qualifyingCourseCodes", List.of("TAXI-CSE"), "validityMonths", 0, "version", 0))
                        .status())
                .isEqualTo(400);
        assertThat(COUNCIL.get("/api/v1/taxi/drivers").status()).isEqualTo(403);
        assertThat(FAITH.get("/api/v1/taxi/drivers").status()).isEqualTo(403);
        assertThat(FAITH.get("/api/v1/taxi/drivers/ANY/renewal-check").status()).isEqualTo(403);
        assertThat(OFFICER.post("/api/v1/taxi/drivers/import", "text/csv", new byte[0])
                        .status())
                .isEqualTo(403);
    }
}
