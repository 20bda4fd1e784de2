package org.engagement.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

/** The action plan API against the packaged WAR: plans, actions, measures bound to live figures, roles, the scorecard. */
@ExtendWith(RunningApplication.class)
@SuppressWarnings("unchecked") // JSON bodies are read as untyped maps and lists
class PlansApiIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static Api lead;
    private static Api viewer;
    private static Api officer;
    private static Api client;

    @BeforeAll
    static void accounts() {
        lead = Api.createUser("plan.industry." + RUN, "industry lead password", "INDUSTRY_LEAD");
        viewer = Api.createUser("plan.viewer." + RUN, "viewer password 1234", "VIEWER");
        officer = Api.createUser("plan.licensing." + RUN, "licensing officer password", "LICENSING_OFFICER");
        client = Api.createUser("plan.client." + RUN, "api client password", "API_CLIENT");
    }

    private static Map<String, Object> created(Api api, String path, Object body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static long number(Map<String, Object> json, String field) {
        return ((BigDecimal) json.get(field)).longValue();
    }

    private static long plan(String title, LocalDate starts) {
        return number(
                created(
                        lead,
                        "/api/v1/plans",
                        Map.of(
                                "title",
                                title + " " + RUN,
                                "startsOn",
                                starts.toString(),
                                "endsOn",
                                starts.plusYears(1).minusDays(1).toString())),
                "id");
    }

    private static Map<String, Object> action(String reference) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "outcomeNumber",
                Integer.parseInt(reference.split("\\.")[0]),
                "outcomeTitle",
                "Children are safer in taxis",
                "reference",
                reference,
                "title",
                "Train every licensed driver",
                "leadOfficer",
                "Licensing manager",
                "partnerAgencies",
                "Police; licensing",
                "status",
                "GREEN"));
        body.put("dueDate", LocalDate.now().plusMonths(6).toString());
        return body;
    }

    @Test
    void aLeadBindsAMeasureToTheShareOfTrainedDriversAndItsStatusIsComputedFromTheLiveFigure() {
        long plan = plan("CSE action plan", LocalDate.now().minusMonths(2));
        Map<String, Object> added = created(lead, "/api/v1/plans/" + plan + "/actions", action("4.2"));
        long id = number(added, "id");
        assertThat(added)
                .containsEntry("status", "GREEN")
                .containsEntry("statusText", "Green")
                .containsEntry("updatedBy", "plan.industry." + RUN);

        Api.Response bound = lead.put(
                "/api/v1/actions/" + id + "/measure",
                Map.of(
                        "version",
                        number(added, "version"),
                        "figureId",
                        "taxi.drivers-trained",
                        "target",
                        85,
                        "targetDate",
                        LocalDate.now().plusMonths(3).toString()));
        assertThat(bound.status()).as(bound.body()).isEqualTo(200);
        Map<String, Object> action = bound.json();
        assertThat(action.get("suggested")).isNotNull().isEqualTo(action.get("status"));
        assertThat(action).containsEntry("statusSetByLead", false);
        assertThat((String) action.get("statusReason")).contains("against a target of 85% by");

        // The value is the module's own coverage figure, computed, not typed.
        Map<String, Object> coverage = lead.get("/api/v1/taxi/coverage").json();
        @SuppressWarnings("unchecked")
        Object overall = ((Map<String, Object>) coverage.get("overall")).get("percent");
        assertThat(((BigDecimal) action.get("currentValue")).doubleValue())
                .isEqualTo(((BigDecimal) overall).doubleValue());

        Map<String, Object> card = viewer.get("/api/v1/scorecard").json();
        assertThat((List<?>) card.get("quarters")).hasSize(8);
        assertThat(Json.objects(card.get("lines"))).anySatisfy(line -> {
            assertThat(line)
                    .containsEntry("actionId", BigDecimal.valueOf(id))
                    .containsEntry("figureId", "taxi.drivers-trained")
                    .containsEntry("unit", "PERCENT")
                    .containsEntry("drillDown", "/taxi/coverage.xhtml");
            assertThat((List<?>) line.get("cells")).hasSize(8);
        });
    }

    @Test
    void anOverrideNeedsAReasonAndAStaleVersionIsRefused() {
        long plan = plan("Override plan", LocalDate.now().minusMonths(2));
        Map<String, Object> added = created(lead, "/api/v1/plans/" + plan + "/actions", action("4.2"));
        long id = number(added, "id");
        Map<String, Object> bound = lead.put(
                        "/api/v1/actions/" + id + "/measure",
                        Map.of(
                                "version",
                                number(added, "version"),
                                "figureId",
                                "taxi.drivers-trained",
                                "target",
                                85,
                                "targetDate",
                                LocalDate.now().plusMonths(3).toString()))
                .json();

        Api.Response noReason = lead.put(
                "/api/v1/actions/" + id + "/status", Map.of("version", number(bound, "version"), "status", "GREEN"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("statusReason").contains("Say why you are overriding");

        Api.Response overridden = lead.put(
                "/api/v1/actions/" + id + "/status",
                Map.of("version", number(bound, "version"), "status", "RED", "reason", "The register is out of date."));
        assertThat(overridden.json())
                .containsEntry("status", "RED")
                .containsEntry("statusSetByLead", true)
                .containsEntry("statusReason", "The register is out of date.");
        assertThat(lead.put(
                                "/api/v1/actions/" + id + "/status",
                                Map.of(
                                        "version",
                                        number(bound, "version"),
                                        "status",
                                        "AMBER",
                                        "reason",
                                        "Older change"))
                        .status())
                .isEqualTo(409);

        List<Map<String, Object>> history =
                viewer.get("/api/v1/actions/" + id + "/history").jsonList();
        assertThat(history).extracting(h -> h.get("summary")).first().isEqualTo("Action 4.2 is now red");
    }

    @Test
    void progressNotesAreAttributedAndAnActionIsCarriedToTheNextPlan() {
        long first = plan("Carry plan 2016/17", LocalDate.now().minusMonths(11));
        long next = plan("Carry plan 2017/18", LocalDate.now().minusMonths(1));
        long id = number(created(lead, "/api/v1/plans/" + first + "/actions", action("2.3")), "id");

        Map<String, Object> note =
                created(lead, "/api/v1/actions/" + id + "/progress", Map.of("note", "627 drivers trained."));
        assertThat(note)
                .containsEntry("author", "plan.industry." + RUN)
                .containsEntry("writtenOn", LocalDate.now().toString());
        Api.Response future = lead.post(
                "/api/v1/actions/" + id + "/progress",
                Map.of("note", "x", "writtenOn", LocalDate.now().plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("writtenOn");

        Map<String, Object> copy = created(lead, "/api/v1/actions/" + id + "/carry-forward", Map.of("toPlanId", next));
        assertThat(copy)
                .containsEntry("planId", BigDecimal.valueOf(next))
                .containsEntry("reference", "2.3")
                .containsEntry("carriedFromId", BigDecimal.valueOf(id));
        assertThat(viewer.get("/api/v1/actions/" + id).json()).containsEntry("carriedToId", copy.get("id"));
        assertThat(lead.post("/api/v1/actions/" + id + "/carry-forward", Map.of("toPlanId", next))
                        .status())
                .isEqualTo(409);

        Map<String, Object> plan = viewer.get("/api/v1/plans/" + first).json();
        assertThat(Json.objects(plan.get("actions")))
                .singleElement()
                .satisfies(a ->
                        assertThat(Json.object(a.get("latestProgress"))).containsEntry("note", "627 drivers trained."));
    }

    @Test
    void readersReadEditorsChangeAndApiClientsAreRefused() {
        long plan = plan("Roles plan", LocalDate.now());
        assertThat(viewer.get("/api/v1/plans/" + plan).status()).isEqualTo(200);
        assertThat(officer.get("/api/v1/plans").status()).isEqualTo(200);
        assertThat(viewer.post("/api/v1/plans/" + plan + "/actions", action("1.1"))
                        .status())
                .isEqualTo(403);
        assertThat(officer.post("/api/v1/plans", Map.of("title", "x")).status()).isEqualTo(403);
        assertThat(client.get("/api/v1/plans").status()).isEqualTo(403);
        assertThat(client.get("/api/v1/scorecard").status()).isEqualTo(403);
        assertThat(Api.anonymous().get("/api/v1/scorecard").status()).isEqualTo(401);
    }

    @Test
    void badInputGetsFieldLevelErrors() {
        long plan = plan("Errors plan", LocalDate.now());
        Map<String, Object> wrong = action("4.2");
        wrong.put("outcomeNumber", 3);
        wrong.put("leadOfficer", " ");
        Api.Response refused = lead.post("/api/v1/plans/" + plan + "/actions", wrong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("\"reference\"")
                .contains("is not under outcome 3")
                .contains("\"leadOfficer\"");

        Api.Response badDate = viewer.get("/api/v1/scorecard?from=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("YYYY-MM-DD");
        assertThat(lead.post(
                                "/api/v1/plans",
                                Map.of("title", "Errors plan " + RUN, "startsOn", "2026-04-01", "endsOn", "2027-03-31"))
                        .body())
                .contains("already a plan called");
    }

    @Test
    void theFiguresOfferedIncludeTheCoresAndEachPackagedModules() {
        List<Object> ids = viewer.get("/api/v1/figures").jsonList().stream()
                .map(f -> f.get("id"))
                .toList();
        assertThat(ids)
                .contains(
                        "sharing.organisations-with-agreement",
                        "safeguarding.audits-finished",
                        "training.people-trained.PROFESSIONALS",
                        "taxi.drivers-trained",
                        "retail.premises-visited",
                        "retail.hotspot-concerns",
                        "training.people-trained.TAXI_DRIVERS");
    }

    @Test
    void aPlanImportsFromCsvAllOrNothingAndItsBoardReportIsAPdf() {
        long plan = plan("Import plan", LocalDate.now().minusMonths(1));
        String bad = "Ref,Activity,Lead,Status\n1.1,Set up the group,Neil Thomas,Complete\n1.2,Raise awareness,,Red\n";
        Api.Response refused = lead.post(
                "/api/v1/plans/" + plan + "/import", "text/csv", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"line\":3").contains("Name the lead officer.");
        assertThat((List<?>) viewer.get("/api/v1/plans/" + plan).json().get("actions"))
                .as("nothing saved")
                .isEmpty();

        String good =
                "Ref,Activity,Lead,Status,Progress/Impact\n1.1,Set up the group,Neil Thomas,Complete,\n1.2,Raise awareness,Neil Thomas,Red,No venue yet\n";
        Api.Response imported = lead.post(
                "/api/v1/plans/" + plan + "/import",
                "text/csv",
                good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json()).containsEntry("imported", BigDecimal.valueOf(2));
        assertThat(viewer.get("/api/v1/plans/" + plan + "/export.csv").body())
                .contains("1.2,Raise awareness")
                .contains("No venue yet,Red");

        Api.Response pdf = viewer.get("/api/v1/plans/" + plan + "/board-report.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(officer.get("/api/v1/plans/" + plan + "/board-report.pdf").status())
                .as("holds the training table")
                .isEqualTo(403);
    }
}
