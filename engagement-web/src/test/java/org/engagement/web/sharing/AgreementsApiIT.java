package org.engagement.web.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

/** The agreements API against the packaged WAR: lifecycle, documents, who may do what, figures. */
@ExtendWith(RunningApplication.class)
class AgreementsApiIT {

    private static final String BASE = "/api/v1/agreements";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static Api industryLead;
    private static Api faithLead;
    private static Api viewer;
    private static Api licensingOfficer;
    private static long centre;
    private static long police;
    private static long manager;
    private static long inspector;

    @BeforeAll
    static void accountsAndOrganisations() {
        industryLead = Api.createUser("isa.industry", "industry lead password", "INDUSTRY_LEAD");
        faithLead = Api.createUser("isa.faith", "faith lead password", "FAITH_LEAD");
        viewer = Api.createUser("isa.viewer", "viewer password 1234", "VIEWER");
        licensingOfficer = Api.createUser("isa.licensing", "licensing officer password", "LICENSING_OFFICER");
        centre = id(created(
                industryLead, "/api/v1/organisations", Map.of("name", "Interchange Retail Park", "type", "BUSINESS")));
        police = id(created(
                industryLead, "/api/v1/organisations", Map.of("name", "Doncaster Police", "type", "PARTNER_AGENCY")));
        manager = personId(created(
                industryLead,
                "/api/v1/organisations/" + centre + "/contacts",
                Map.of("name", "Mo Manager", "role", "manager", "lawfulBasis", "PUBLIC_TASK")));
        inspector = personId(created(
                industryLead,
                "/api/v1/organisations/" + police + "/contacts",
                Map.of("name", "Ina Inspector", "role", "inspector", "lawfulBasis", "PUBLIC_TASK")));
    }

    private static Map<String, Object> created(Api api, String path, Object body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static long id(Map<String, Object> json) {
        return ((BigDecimal) json.get("id")).longValue();
    }

    private static long personId(Map<String, Object> json) {
        return ((BigDecimal) json.get("personId")).longValue();
    }

    private static long version(Map<String, Object> json) {
        return ((BigDecimal) json.get("version")).longValue();
    }

    private static Map<String, Object> agreement(String reference, boolean signed) {
        String today = LocalDate.now().toString();
        Map<String, Object> body = new HashMap<>(Map.of(
                "title",
                "Retail park intelligence",
                "reference",
                reference,
                "purpose",
                "Report concerns about children at the park",
                "lawfulBasis",
                "PUBLIC_TASK",
                "sharingMethods",
                List.of("SECURE_EMAIL", "MEETINGS"),
                "reviewDate",
                LocalDate.now().plusYears(1).toString()));
        body.put(
                "parties",
                signed
                        ? List.of(
                                Map.of("organisationId", centre, "signatoryPersonId", manager, "signedOn", today),
                                Map.of("organisationId", police, "signatoryPersonId", inspector, "signedOn", today))
                        : List.of(Map.of("organisationId", centre), Map.of("organisationId", police)));
        return body;
    }

    private static List<String> reasons(Api.Response response) {
        List<Map<String, Object>> errors = Json.objects(response.json().get("errors"));
        return errors.stream().map(e -> (String) e.get("message")).toList();
    }

    @Test
    void activationIsRefusedWith409AndReasonsUntilSigned() {
        Map<String, Object> draft = created(industryLead, BASE, agreement("API-1", false));
        long id = id(draft);
        Map<String, Object> inReview = industryLead
                .post(BASE + "/" + id + "/transitions", Map.of("to", "IN_REVIEW", "version", version(draft)))
                .json();

        Api.Response refused = industryLead.post(
                BASE + "/" + id + "/transitions", Map.of("to", "ACTIVE", "version", version(inReview)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(reasons(refused))
                .containsExactly(
                        "Record who signed for Interchange Retail Park and when.",
                        "Record who signed for Doncaster Police and when.");

        Map<String, Object> signedBody = agreement("API-1", true);
        signedBody.put("version", version(inReview));
        Api.Response signed = industryLead.put(BASE + "/" + id, signedBody);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        Api.Response stale = industryLead.put(BASE + "/" + id, signedBody);
        assertThat(stale.status()).isEqualTo(409);

        Api.Response active = industryLead.post(
                BASE + "/" + id + "/transitions", Map.of("to", "ACTIVE", "version", version(signed.json())));
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        assertThat(active.json()).containsEntry("status", "ACTIVE").containsEntry("statusLabel", "Active");
        assertThat(viewer.get(BASE + "?status=ACTIVE&organisationId=" + centre)
                        .json()
                        .get("total"))
                .isEqualTo(BigDecimal.ONE);
    }

    @Test
    void signedPdfIsStoredWithChecksumAndOnlyPdfsAreAccepted() {
        long id = id(created(industryLead, BASE, agreement("API-2", false)));

        Api.Response uploaded = industryLead.post(BASE + "/" + id + "/documents", "application/pdf", PDF);
        Api.Response notPdf = industryLead.post(
                BASE + "/" + id + "/documents",
                "application/pdf",
                "just text, named .pdf".getBytes(StandardCharsets.UTF_8));
        Api.Response second = industryLead.post(BASE + "/" + id + "/documents", "application/pdf", PDF);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json())
                .containsEntry("number", BigDecimal.ONE)
                .containsEntry("uploadedBy", "isa.industry")
                .containsEntry("size", BigDecimal.valueOf(PDF.length))
                .containsKey("sha256");
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(notPdf.body()).contains("Only PDF files are accepted");
        assertThat(second.json()).containsEntry("number", BigDecimal.valueOf(2));
        Api.Response download = industryLead.get(BASE + "/" + id + "/documents/1");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(PDF);
        assertThat(viewer.get(BASE + "/" + id + "/documents/1").status()).isEqualTo(403);
        assertThat(viewer.get(BASE + "/" + id + "/documents").jsonList()).hasSize(2);
    }

    @Test
    void rolesDecideWhoManagesReadsOrSeesNothing() {
        long id = id(created(industryLead, BASE, agreement("API-3", false)));

        assertThat(faithLead.post(BASE, agreement("API-4", false)).status()).isEqualTo(403);
        assertThat(faithLead
                        .post(BASE + "/" + id + "/documents", "application/pdf", PDF)
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post(BASE, agreement("API-5", false)).status()).isEqualTo(403);
        assertThat(viewer.get(BASE + "/" + id).status()).isEqualTo(200);
        assertThat(licensingOfficer.get(BASE).status()).isEqualTo(403);
        assertThat(licensingOfficer.get(BASE + "/" + id).status()).isEqualTo(403);
        assertThat(licensingOfficer.get("/api/v1/reports/agreements").status()).isEqualTo(403);
        assertThat(Api.admin().get(BASE + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void reportGivesTheDashboardFigures() {
        Api.Response report = viewer.get("/api/v1/reports/agreements");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json())
                .containsKeys("active", "dueForReview", "overdue", "organisationsWithoutAgreement")
                .containsEntry("reviewWindowDays", BigDecimal.valueOf(60));
    }
}
