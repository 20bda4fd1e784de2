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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The licensing officer's renewal work: checklists, bulk checks and training coverage. */
@ExtendWith(RunningApplication.class)
class TaxiRenewalWorkApiIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final Api LEAD =
            Api.createUser("work.lead." + RUN.toLowerCase(), "industry lead passphrase", "INDUSTRY_LEAD");
    private static final Api OFFICER =
            Api.createUser("work.officer." + RUN.toLowerCase(), "licensing passphrase", "LICENSING_OFFICER");
    private static final Api COUNCIL =
            Api.createUser("work.system." + RUN.toLowerCase(), "api client passphrase", "API_CLIENT");
    private static final Api FAITH =
            Api.createUser("work.faith." + RUN.toLowerCase(), "faith lead passphrase", "FAITH_LEAD");
    private static final LocalDate TODAY = LocalDate.now();
    private static final String TRAINED = "W" + RUN + "-1";
    private static final String EXPIRING_TRAINING = "W" + RUN + "-2";
    private static final String UNTRAINED = "W" + RUN + "-3";
    private static final String LATER = "W" + RUN + "-4";

    private static Api.Response csv(Api api, String path, String body) {
        return api.post(path, "text/csv", body.getBytes(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void registerAndTraining() {
        String operator = "Work Cars " + RUN;
        Api.Response register = csv(
                LEAD,
                "/api/v1/taxi/drivers/import",
                "licence_number,licence_type,surname,forenames,date_of_birth,licence_expiry,operator_name,status\n"
                        + TRAINED + ",PRIVATE_HIRE,Ali,Sam,1980-01-01," + TODAY.plusDays(5) + "," + operator
                        + ",ACTIVE\n"
                        + EXPIRING_TRAINING + ",HACKNEY_CARRIAGE,Brown,Kim,1981-01-01," + TODAY.plusDays(6) + ","
                        + operator + ",ACTIVE\n"
                        + UNTRAINED + ",DUAL,Cole,Lee,1982-01-01," + TODAY.plusDays(7) + "," + operator + ",ACTIVE\n"
                        + LATER + ",PRIVATE_HIRE,Dean,Max,1983-01-01," + TODAY.plusDays(200) + "," + operator
                        + ",ACTIVE\n");
        assertThat(register.status()).as(register.body()).isEqualTo(200);
        Api.Response training = csv(
                LEAD,
                "/api/v1/taxi/training/import",
                "licence_number,course_code,completed_on,certificate_number\n"
                        + TRAINED + ",TAXI-CSE," + TODAY.minusMonths(6) + ",W1\n"
                        // Valid today, but it runs out the day before the licence expires.
                        + EXPIRING_TRAINING + ",TAXI-CSE," + TODAY.plusDays(6).minusMonths(36) + ",W2\n");
        assertThat(training.status()).as(training.body()).isEqualTo(200);
    }

    private static Map<String, Object> change(long version, Object... fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    private static int version(Api.Response response) {
        return ((Number) response.json().get("version")).intValue();
    }

    private static List<Map<String, Object>> items(Api.Response response) {
        return Json.objects(response.json().get("items"));
    }

    @Test
    void anOfficerCompletesAChecklistItemByItemUntilItIsReadyToRenew() {
        String path = "/api/v1/taxi/drivers/" + TRAINED + "/checklist";
        Api.Response empty = OFFICER.get(path);
        assertThat(empty.json())
                .containsEntry("readyToRenew", false)
                .containsEntry("licenceExpiry", TODAY.plusDays(5).toString());
        assertThat(version(empty)).isZero();

        Api.Response training = OFFICER.put(path, change(0, "checkTraining", true));
        assertThat(training.status()).as(training.body()).isEqualTo(200);
        assertThat(items(training).get(0))
                .containsEntry("code", "TRAINING")
                .containsEntry("done", true)
                .containsEntry("recordedBy", "work.officer." + RUN.toLowerCase());
        assertThat(training.json()).containsEntry("readyToRenew", false);

        Api.Response match = OFFICER.put(
                path,
                change(
                        version(training),
                        "nr3sSearchedOn",
                        TODAY.toString(),
                        "nr3sResult",
                        "MATCH_INFORMATION_REQUESTED"));
        assertThat(items(match).get(1))
                .containsEntry("done", false)
                .containsEntry(
                        "detail",
                        "Match: information requested, searched " + org.engagement.core.shared.Dates.describe(TODAY));

        Api.Response bad = OFFICER.put(
                path, change(version(match), "dbsCheckedOn", TODAY.plusDays(1).toString(), "hmrcTaxCheckCode", "12AB"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body())
                .contains("dbsCheckedOn")
                .contains("cannot be in the future")
                .contains("hmrcTaxCheckCode")
                .contains("9 letters and numbers");
        assertThat(items(OFFICER.get(path)).get(2)).containsEntry("done", false);

        Api.Response stale = OFFICER.put(path, change(version(training), "dbsCheckedOn", TODAY.toString()));
        assertThat(stale.status()).isEqualTo(409);

        Api.Response rest = OFFICER.put(
                path,
                change(
                        version(match),
                        "nr3sSearchedOn",
                        TODAY.toString(),
                        "nr3sResult",
                        "NO_MATCH",
                        "dbsCheckedOn",
                        TODAY.minusDays(1).toString(),
                        "hmrcTaxCheckCode",
                        "abc 123 xyz"));
        assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        assertThat(rest.json()).containsEntry("readyToRenew", true);
        assertThat(items(rest)).extracting(i -> i.get("done")).containsOnly(true);
        assertThat(items(rest).get(3)).containsEntry("detail", "Code ABC123XYZ");
    }

    @Test
    void aChecklistWithTrainingThatRunsOutIsNotReadyAndOnlyOfficersAndAdministratorsUseChecklists() {
        String path = "/api/v1/taxi/drivers/" + EXPIRING_TRAINING + "/checklist";
        Api.Response training = OFFICER.put(path, change(0, "checkTraining", true));
        assertThat(items(training).get(0)).containsEntry("done", false).containsEntry("status", "Outstanding");

        assertThat(LEAD.get(path).status()).isEqualTo(403);
        assertThat(COUNCIL.put(path, change(1, "dbsCheckedOn", TODAY.toString()))
                        .status())
                .isEqualTo(403);
        assertThat(FAITH.get(path).status()).isEqualTo(403);
        assertThat(Api.admin().get(path).status()).isEqualTo(200);
        assertThat(OFFICER.get("/api/v1/taxi/drivers/NONE" + RUN + "/checklist").status())
                .isEqualTo(404);
    }

    @Test
    void theBulkCheckListsNotEligibleDriversFirstAndPagesInTheDatabase() {
        Api.Response listed = OFFICER.post(
                "/api/v1/taxi/bulk-check?size=2",
                "text/plain",
                (TRAINED + "\n" + EXPIRING_TRAINING.toLowerCase() + ", " + UNTRAINED + "\nNOPE" + RUN)
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(((Number) listed.json().get("total")).intValue()).isEqualTo(3);
        assertThat(((Number) listed.json().get("notEligible")).intValue()).isEqualTo(2);
        assertThat(listed.json()).containsEntry("unknownLicences", List.of("NOPE" + RUN));
        assertThat(items(listed)).extracting(i -> i.get("licenceNumber")).containsExactly(EXPIRING_TRAINING, UNTRAINED);
        assertThat(items(listed).get(0))
                .containsEntry("eligible", false)
                .containsEntry("reasons", List.of("TRAINING_NOT_VALID_ON_RENEWAL_DATE"));
        assertThat(items(listed).get(1)).containsEntry("reasons", List.of("NO_QUALIFYING_TRAINING"));

        Api.Response secondPage = OFFICER.post(
                "/api/v1/taxi/bulk-check?size=2&page=1",
                "text/plain",
                (TRAINED + "," + EXPIRING_TRAINING + "," + UNTRAINED).getBytes(StandardCharsets.UTF_8));
        assertThat(items(secondPage)).extracting(i -> i.get("licenceNumber")).containsExactly(TRAINED);
        assertThat(items(secondPage).get(0)).containsEntry("eligible", true);

        // Every check, by screen or API, is logged: each licence a bulk check showed is in the log with its result.
        Api.Response logged = Api.admin().get("/api/v1/taxi/check-log?licence=" + UNTRAINED.toLowerCase());
        assertThat(items(logged))
                .anySatisfy(e -> assertThat(e)
                        .containsEntry("licenceNumber", UNTRAINED)
                        .containsEntry("channel", "BULK")
                        .containsEntry("eligible", false)
                        .containsEntry("checkedBy", "work.officer." + RUN.toLowerCase()));
        assertThat(items(Api.admin().get("/api/v1/taxi/check-log?licence=" + TRAINED.toLowerCase())))
                .anySatisfy(e -> assertThat(e).containsEntry("channel", "BULK").containsEntry("eligible", true));

        Api.Response window = OFFICER.get("/api/v1/taxi/bulk-check?days=10&size=500");
        assertThat(items(window).toString())
                .contains(TRAINED, EXPIRING_TRAINING, UNTRAINED)
                .doesNotContain(LATER);
        Api.Response toBook = LEAD.get("/api/v1/taxi/bulk-check?days=10&trainingShort=true&size=500");
        assertThat(items(toBook).toString())
                .contains(EXPIRING_TRAINING, UNTRAINED)
                .doesNotContain(TRAINED);

        assertThat(OFFICER.get("/api/v1/taxi/bulk-check?days=0").status()).isEqualTo(400);
        assertThat(OFFICER.get("/api/v1/taxi/bulk-check?days=400").body()).contains("1 to 366");
        assertThat(COUNCIL.get("/api/v1/taxi/bulk-check").status()).isEqualTo(403);
        assertThat(FAITH.get("/api/v1/taxi/bulk-check").status()).isEqualTo(403);
    }

    @Test
    void coverageCountsActiveDriversWithValidTrainingByOperatorAndQuarter() {
        Api.Response coverage = OFFICER.get("/api/v1/taxi/coverage?quarters=4");
        assertThat(coverage.status()).as(coverage.body()).isEqualTo(200);
        List<Map<String, Object>> byOperator = Json.objects(coverage.json().get("byOperator"));
        Map<String, Object> ours = byOperator.stream()
                .filter(s -> ("Work Cars " + RUN).equals(s.get("label")))
                .findFirst()
                .orElseThrow();
        // Four active drivers; two have training valid today.
        assertThat(((Number) ours.get("drivers")).intValue()).isEqualTo(4);
        assertThat(((Number) ours.get("trained")).intValue()).isEqualTo(2);
        assertThat(((Number) ours.get("percent")).doubleValue()).isEqualTo(50.0);
        List<Map<String, Object>> trend = Json.objects(coverage.json().get("trend"));
        assertThat(trend).hasSize(4);
        assertThat(trend.get(3).get("label").toString()).matches("Q[1-4] \\d{4}/\\d{2}");
        assertThat(((List<?>) coverage.json().get("byLicenceType"))).isNotEmpty();

        assertThat(COUNCIL.get("/api/v1/taxi/coverage").status()).isEqualTo(403);
        assertThat(FAITH.get("/api/v1/taxi/coverage").status()).isEqualTo(403);
    }

    @Test
    void theEvidenceSheetIsAPdfWithTheDecisionReasonsEvidenceAndWhoChecked() throws Exception {
        Api.Response pdf = OFFICER.get("/api/v1/taxi/drivers/" + EXPIRING_TRAINING + "/evidence.pdf");
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.bytes());
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains("NOT ELIGIBLE for renewal")
                .contains(EXPIRING_TRAINING)
                .contains("Brown")
                .contains("will have expired by the renewal date")
                .contains("W2")
                .contains("work.officer." + RUN.toLowerCase())
                .contains("Checked at");

        assertThat(OFFICER.get("/api/v1/taxi/drivers/NONE" + RUN + "/evidence.pdf")
                        .status())
                .isEqualTo(404);
        Api.Response log = Api.admin().get("/api/v1/taxi/check-log?licence=" + EXPIRING_TRAINING.toLowerCase());
        assertThat(items(log))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e).containsEntry("licenceNumber", EXPIRING_TRAINING));
        assertThat(COUNCIL.get("/api/v1/taxi/drivers/" + TRAINED + "/evidence.pdf")
                        .status())
                .isEqualTo(403);
    }
}
