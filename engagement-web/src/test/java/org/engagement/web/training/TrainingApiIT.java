package org.engagement.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Json;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The training API as a client system sees it, against the packaged WAR on Payara Micro. */
@ExtendWith(RunningApplication.class)
class TrainingApiIT {

    private static Api admin;
    private static Api industryLead;
    private static Api viewer;
    private static Api licensingOfficer;

    @BeforeAll
    static void accountsAndCourse() {
        admin = Api.admin();
        industryLead = Api.createUser("training.industry", "industry lead password", "INDUSTRY_LEAD");
        viewer = Api.createUser("training.viewer", "viewer password 1234", "VIEWER");
        licensingOfficer = Api.createUser("training.licensing", "licensing password 1234", "LICENSING_OFFICER");
        Api.Response course = admin.post(
                "/api/v1/courses",
                Map.of(
                        "code",
                        "API-AWARE",
                        "title",
                        "CSE awareness",
                        "level",
                        "AWARENESS",
                        "delivery",
                        "FACE_TO_FACE"));
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        Api.Response level2 = admin.post(
                "/api/v1/courses",
                Map.of(
                        "code",
                        "API-L2",
                        "title",
                        "CSE level 2",
                        "level",
                        "LEVEL_2",
                        "delivery",
                        "ONLINE",
                        "validityMonths",
                        24));
        assertThat(level2.status()).as(level2.toString()).isEqualTo(201);
    }

    private static long id(Map<String, Object> json) {
        return ((BigDecimal) json.get("id")).longValue();
    }

    private static Map<String, Object> session(String date, String audience, int headcount) {
        return new HashMap<>(
                Map.of("courseCode", "API-AWARE", "date", date, "audience", audience, "headcount", headcount));
    }

    /** The council report's table, entered as headcounts; its first column's printed total (1269) is wrong. */
    @Test
    void quarterlyReportRebuildsTheCouncilTableWithTrueTotals() {
        String[] dates = {"2015-05-12", "2015-08-20", "2015-11-03", "2016-02-10", "2016-06-30", "2016-07-01"};
        Map<String, int[]> table = Map.of(
                "CHILDREN_YOUNG_PEOPLE", new int[] {297, 456, 53, 749, 939, 819},
                "PROFESSIONALS", new int[] {943, 458, 456, 280, 287, 62},
                "PARENTS_CARERS", new int[] {21, 20, 40, 30, 34, 52},
                "COMMUNITY", new int[] {0, 0, 0, 0, 150, 0});
        table.forEach((audience, counts) -> {
            for (int q = 0; q < dates.length; q++) {
                if (counts[q] > 0) {
                    Api.Response r = admin.post("/api/v1/training/sessions", session(dates[q], audience, counts[q]));
                    assertThat(r.status()).as(r.toString()).isEqualTo(201);
                }
            }
        });

        Map<String, Object> report = viewer.get("/api/v1/reports/training-by-quarter?from=2015-04-01&to=2016-09-30")
                .json();

        List<Map<String, Object>> quarters = Json.objects(report.get("quarters"));
        assertThat(quarters)
                .extracting(q -> q.get("label"))
                .containsExactly("Q1 2015/16", "Q2 2015/16", "Q3 2015/16", "Q4 2015/16", "Q1 2016/17", "Q2 2016/17");
        assertThat(quarters.get(0)).containsEntry("start", "2015-04-01").containsEntry("end", "2015-06-30");
        List<Map<String, Object>> rows = Json.objects(report.get("rows"));
        Map<String, Object> professionals = rows.stream()
                .filter(r -> r.get("audience").equals("PROFESSIONALS"))
                .findFirst()
                .orElseThrow();
        assertThat(professionals.get("counts")).isEqualTo(numbers(943, 458, 456, 280, 287, 62));
        assertThat(professionals.get("total")).isEqualTo(BigDecimal.valueOf(2486));
        assertThat(report.get("totals")).isEqualTo(numbers(1261, 934, 549, 1059, 1410, 933));
        assertThat(report.get("grandTotal")).isEqualTo(BigDecimal.valueOf(6146));
    }

    private static List<BigDecimal> numbers(int... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void sessionWithNamedAttendeesGivesEachARecordWithItsExpiry() {
        Api.Response org = industryLead.post(
                "/api/v1/organisations",
                Map.of("name", "Api Test Retail Park", "type", "PARTNER_AGENCY", "town", "Doncaster"));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        long orgId = id(org.json());
        Map<String, Object> body = new HashMap<>(Map.of(
                "courseCode",
                "API-L2",
                "date",
                "2019-09-02",
                "audience",
                "PROFESSIONALS",
                "organisationIds",
                List.of(orgId),
                "attendees",
                List.of(Map.of("name", "Priya Shah", "email", "priya@example.org", "organisationId", orgId))));

        Api.Response created = industryLead.post("/api/v1/training/sessions", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json())
                .containsEntry("namedAttendees", BigDecimal.ONE)
                .containsEntry("peopleTrained", BigDecimal.ONE);
        List<Map<String, Object>> attendees = industryLead
                .get("/api/v1/training/sessions/" + id(created.json()) + "/attendees")
                .jsonList();
        long personId = ((BigDecimal) attendees.get(0).get("personId")).longValue();
        List<Map<String, Object>> records =
                viewer.get("/api/v1/people/" + personId + "/training").jsonList();
        assertThat(records)
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("courseCode", "API-L2")
                        .containsEntry("completedOn", "2019-09-02")
                        .containsEntry("validUntil", "2021-09-01")
                        .containsEntry("current", false));
        assertThat(licensingOfficer
                        .get("/api/v1/people/" + personId + "/training")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void organisationListFiltersByTrainingLevelOrHigher() {
        long trained = trainedOrganisation("Level Filter Api Trained", "API-L2");
        long aware = trainedOrganisation("Level Filter Api Aware", "API-AWARE");
        Api.Response untrained = admin.post(
                "/api/v1/organisations",
                Map.of("name", "Level Filter Api None", "type", "PARTNER_AGENCY", "town", "Doncaster"));
        assertThat(untrained.status()).as(untrained.toString()).isEqualTo(201);
        String list = "/api/v1/organisations?name=Level%20Filter%20Api&sort=name&trainingLevel=";

        assertThat(idsIn(viewer.get(list + "LEVEL_2").json())).containsExactly(trained);
        assertThat(idsIn(viewer.get(list + "AWARENESS").json())).containsExactly(aware, trained);
        assertThat(idsIn(viewer.get(list).json())).hasSize(3);
        Api.Response unknown = viewer.get(list + "LEVEL_9");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(Json.objects(unknown.json().get("errors")))
                .extracting(e -> e.get("field"))
                .containsExactly("trainingLevel");
        assertThat(licensingOfficer.get(list + "LEVEL_2").status()).isEqualTo(403);
    }

    /** An organisation with one person trained on the course a month ago. */
    private static long trainedOrganisation(String name, String courseCode) {
        Api.Response org = admin.post(
                "/api/v1/organisations", Map.of("name", name, "type", "PARTNER_AGENCY", "town", "Doncaster"));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        long orgId = id(org.json());
        Api.Response session = admin.post(
                "/api/v1/training/sessions",
                new HashMap<>(Map.of(
                        "courseCode",
                        courseCode,
                        "date",
                        java.time.LocalDate.now().minusMonths(1).toString(),
                        "audience",
                        "PROFESSIONALS",
                        "attendees",
                        List.of(Map.of("name", "Trainee at " + name, "organisationId", orgId)))));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        return orgId;
    }

    private static List<Long> idsIn(Map<String, Object> page) {
        return Json.objects(page.get("items")).stream().map(TrainingApiIT::id).toList();
    }

    @Test
    void csvImportListsEveryBadLineAndSavesNothingThenImportsOnce() {
        Api.Response created = admin.post(
                "/api/v1/training/sessions",
                new HashMap<>(Map.of("courseCode", "API-L2", "date", "2019-10-01", "audience", "PROFESSIONALS")));
        long sessionId = id(created.json());
        Api.Response org = admin.post(
                "/api/v1/organisations",
                Map.of("name", "Api Csv Agency", "type", "PARTNER_AGENCY", "town", "Doncaster"));
        long orgId = id(org.json());
        String path = "/api/v1/training/sessions/" + sessionId + "/attendees/import";
        String csv = "name,email,organisation_id,completed_on\n"
                + "Tom Reed,tom@example.org," + orgId + ",01/10/2019\n"
                + "Una Bell,una@example.org," + orgId + ",2019-13-01\n"
                + "Val Moss,not-an-email," + orgId + ",2019-10-01\n";

        Api.Response rejected = admin.post(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
        List<Map<String, Object>> errors = Json.objects(rejected.json().get("errors"));
        assertThat(errors).extracting(e -> e.get("line")).containsExactly(BigDecimal.valueOf(3), BigDecimal.valueOf(4));
        assertThat(admin.get("/api/v1/training/sessions/" + sessionId + "/attendees")
                        .jsonList())
                .isEmpty();

        byte[] fixed = csv.replace("2019-13-01", "2019-10-01")
                .replace("not-an-email", "val@example.org")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(admin.post(path, "text/csv", fixed).json()).containsEntry("added", BigDecimal.valueOf(3));
        assertThat(admin.post(path, "text/csv", fixed).json())
                .containsEntry("added", BigDecimal.ZERO)
                .containsEntry("alreadyPresent", BigDecimal.valueOf(3));
        assertThat(admin.get("/api/v1/training/sessions/" + sessionId + "/attendees")
                        .jsonList())
                .hasSize(3);
    }

    @Test
    void badSessionIs400WithFieldsAndViewerCannotRecord() {
        Api.Response bad = admin.post("/api/v1/training/sessions", Map.of("courseCode", "NOPE", "audience", "ALIENS"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(Json.objects(bad.json().get("errors")))
                .extracting(e -> e.get("field"))
                .contains("courseCode", "audience");
        assertThat(viewer.post("/api/v1/training/sessions", session("2019-01-01", "PROFESSIONALS", 3))
                        .status())
                .isEqualTo(403);
        assertThat(industryLead
                        .post(
                                "/api/v1/courses",
                                Map.of("code", "X", "title", "X", "level", "BASIC", "delivery", "ONLINE"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.get("/api/v1/reports/training-expiring?days=60").status())
                .isEqualTo(200);
    }

    @Test
    void administratorSetsAnAnnualTargetAndEveryoneSeesProgress() {
        admin.post("/api/v1/training/sessions", session("2012-06-01", "PARENTS_CARERS", 30));

        Api.Response set = admin.put(
                "/api/v1/training/targets", Map.of("audience", "PARENTS_CARERS", "year", 2012, "target", 120));

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        Map<String, Object> parents = viewer.get("/api/v1/training/targets?year=2012").jsonList().stream()
                .filter(p -> p.get("audience").equals("PARENTS_CARERS"))
                .findFirst()
                .orElseThrow();
        assertThat(parents)
                .containsEntry("target", BigDecimal.valueOf(120))
                .containsEntry("trained", BigDecimal.valueOf(30))
                .containsEntry("percent", BigDecimal.valueOf(25));
        assertThat(industryLead
                        .put(
                                "/api/v1/training/targets",
                                Map.of("audience", "PARENTS_CARERS", "year", 2012, "target", 1))
                        .status())
                .isEqualTo(403);
    }
}
