package org.engagement.web.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.AuditRequest;
import org.engagement.web.testing.Json;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The safeguarding API as a client sees it, against the packaged WAR on Payara Micro. */
@ExtendWith(RunningApplication.class)
class SafeguardingApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String TEMPLATE = "VCF_SETTINGS";
    private static Api faithLead;
    private static Api industryLead;
    private static Api licensingOfficer;
    private static Api viewer;

    @BeforeAll
    static void accounts() {
        faithLead = Api.createUser("sgapi.faith", "faith lead password", "FAITH_LEAD");
        industryLead = Api.createUser("sgapi.industry", "industry lead password", "INDUSTRY_LEAD");
        licensingOfficer = Api.createUser("sgapi.licensing", "licensing officer password", "LICENSING_OFFICER");
        viewer = Api.createUser("sgapi.viewer", "viewer password 1234", "VIEWER");
    }

    private static long communityGroup(String name) {
        Api.Response created = faithLead.post("/api/v1/organisations", Map.of("name", name, "type", "COMMUNITY_GROUP"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ((BigDecimal) created.json().get("id")).longValue();
    }

    private static List<Map<String, Object>> standards() {
        Api.Response version = viewer.get("/api/v1/audit-templates/" + TEMPLATE + "/versions/1");
        assertThat(version.status()).as(version.toString()).isEqualTo(200);
        return Json.objects(version.json().get("standards"));
    }

    @Test
    void templatesListTheCoreTemplateWithItsCriticalStandards() {
        List<Map<String, Object>> templates =
                viewer.get("/api/v1/audit-templates").jsonList();
        assertThat(templates)
                .anySatisfy(t -> assertThat(t)
                        .containsEntry("code", TEMPLATE)
                        .containsEntry("latestPublishedVersion", BigDecimal.ONE));
        assertThat(standards())
                .hasSize(11)
                .filteredOn(s -> Boolean.TRUE.equals(s.get("critical")))
                .extracting(s -> s.get("code"))
                .contains("GOV1", "DSL1", "REC1", "CON1", "ALG1");
    }

    @Test
    void profileIsSavedWithVersionAndAPastReviewDateReadsAsOverdue() {
        long id = communityGroup("Sgapi Profile Centre");
        String path = "/api/v1/organisations/" + id + "/safeguarding";
        assertThat(faithLead.get(path).json())
                .containsEntry("version", BigDecimal.ZERO)
                .containsEntry("policyStatus", "NONE");

        Map<String, Object> body = new HashMap<>(Map.of(
                "version",
                0,
                "policyStatus",
                "ADOPTED",
                "adoptedOn",
                TODAY.minusYears(1).minusDays(10).toString(),
                "nextReviewDue",
                TODAY.minusDays(10).toString(),
                "procedures",
                List.of("REPORTING_A_CONCERN", "WHISTLEBLOWING"),
                "contactsOnDisplay",
                true,
                "dbsChecks",
                "PARTLY"));
        Api.Response saved = faithLead.put(path, body);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json())
                .containsEntry("policyStatus", "REVIEW_OVERDUE")
                .containsEntry("recordedPolicyStatus", "ADOPTED")
                .containsEntry("version", BigDecimal.ONE);
        assertThat(faithLead.put(path, body).status()).as("stale version").isEqualTo(409);
        body.put("version", 1);
        body.put("policyStatus", "REVIEW_OVERDUE");
        Api.Response refused = faithLead.put(path, body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("policyStatus");
        assertThat(industryLead.put(path, body).status()).isEqualTo(403);
        assertThat(licensingOfficer.get(path).status()).isEqualTo(403);
    }

    @Test
    void finishedAuditWithCriticalStandardNotMetIsRedAndListedWithItsOverallRating() {
        long id = communityGroup("Sgapi Audit Centre");
        String path = "/api/v1/organisations/" + id + "/audits";

        Api.Response created = faithLead.post(
                path,
                AuditRequest.ofCoreTemplate(viewer)
                        .notMet("GOV1", "Appoint a trustee lead", "sgapi.faith")
                        .body());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json()).containsEntry("overall", "RED").containsEntry("status", "FINISHED");
        assertThat(viewer.get(path).jsonList())
                .singleElement()
                .satisfies(a -> assertThat(a).containsEntry("overall", "RED"));
        long auditId = ((BigDecimal) created.json().get("id")).longValue();
        Map<String, Object> one = viewer.get(path + "/" + auditId).json();
        assertThat(Json.objects(one.get("comparison"))).hasSize(11);
        assertThat(faithLead
                        .put(
                                path + "/" + auditId,
                                new HashMap<>(Map.of(
                                        "version",
                                        one.get("version"),
                                        "templateCode",
                                        TEMPLATE,
                                        "date",
                                        TODAY.toString(),
                                        "type",
                                        "OFFICER_LED",
                                        "finished",
                                        true)))
                        .status())
                .as("finished audits are read-only")
                .isEqualTo(409);
        assertThat(licensingOfficer.get(path).status()).isEqualTo(403);
        assertThat(industryLead
                        .post(path, AuditRequest.ofCoreTemplate(viewer).body())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void findingOfAFinishedAuditIsAmendedWithAReasonAndTheAuditStaysFinished() {
        long id = communityGroup("Sgapi Amended Centre");
        String path = "/api/v1/organisations/" + id + "/audits";
        Map<String, Object> created = faithLead
                .post(
                        path,
                        AuditRequest.ofCoreTemplate(viewer)
                                .notMet("GOV1", "Appoint a trustee lead", "sgapi.faith")
                                .body())
                .json();
        String amendments = path + "/" + created.get("id") + "/amendments";
        Map<String, Object> amendment = new HashMap<>(Map.of(
                "version",
                created.get("version"),
                "standardCode",
                "GOV1",
                "rating",
                "MET",
                "evidence",
                "Trustee lead named in the minutes",
                "reason",
                ""));

        Api.Response noReason = faithLead.post(amendments, amendment);
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason").contains("Say why the finding is being amended");
        amendment.put("reason", "Minutes seen after the visit");
        assertThat(viewer.post(amendments, amendment).status()).isEqualTo(403);

        Api.Response amended = faithLead.post(amendments, amendment);

        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        assertThat(amended.json()).containsEntry("status", "FINISHED").containsEntry("overall", "GREEN");
        assertThat(Json.objects(amended.json().get("amendments")))
                .singleElement()
                .satisfies(m -> assertThat(m)
                        .containsEntry("standardCode", "GOV1")
                        .containsEntry("reason", "Minutes seen after the visit")
                        .containsEntry("amendedBy", "sgapi.faith")
                        .containsEntry("after", "Met; evidence: Trustee lead named in the minutes"));
        assertThat(faithLead.post(amendments, amendment).status())
                .as("stale version")
                .isEqualTo(409);
    }

    @Test
    void notMetWithoutActionIsRefusedLineByLine() {
        long id = communityGroup("Sgapi Invalid Centre");
        Map<String, Object> body =
                new HashMap<>(AuditRequest.ofCoreTemplate(viewer).body());
        List<Map<String, Object>> ratings = new ArrayList<>(Json.objects(body.get("ratings")));
        ratings.set(0, Map.of("standardCode", "GOV1", "rating", "NOT_MET"));
        body.put("ratings", ratings);

        Api.Response refused = faithLead.post("/api/v1/organisations/" + id + "/audits", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("ratings[GOV1].action").contains("Standard GOV1: not met");
        assertThat(faithLead.get("/api/v1/organisations/" + id + "/audits").jsonList())
                .isEmpty();
    }

    @Test
    void overviewCountsAreForReadersButNotLicensingOfficers() {
        Map<String, Object> overview =
                viewer.get("/api/v1/reports/safeguarding?months=6").json();
        assertThat(overview)
                .containsKeys("counts", "reviewsOverdue", "auditsDue", "openActions")
                .containsEntry("auditDueMonths", BigDecimal.valueOf(6));
        assertThat(Json.object(overview.get("counts")))
                .containsKeys("NO_POLICY", "IN_DEVELOPMENT", "ADOPTED", "REVIEW_OVERDUE", "AUDIT_DUE");
        assertThat(licensingOfficer.get("/api/v1/reports/safeguarding").status())
                .isEqualTo(403);
    }
}
