package org.engagement.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The data protection officer's API on the packaged WAR: find a person, export all held about them, as JSON and PDF. */
@ExtendWith(RunningApplication.class)
class PrivacyApiIT {

    private static Api officer;
    private static Api faithLead;
    private static long volunteer;
    private static long organisation;

    @BeforeAll
    static void aVolunteerAtAMadrassa() {
        officer = Api.createUser("privacy.api.dpo", "data protection password", "DATA_PROTECTION_OFFICER");
        faithLead = Api.createUser("privacy.api.faith", "faith lead password", "FAITH_LEAD");
        Api.Response madrassa =
                faithLead.post("/api/v1/organisations", Map.of("name", "Madrassa Privacy", "type", "COMMUNITY_GROUP"));
        assertThat(madrassa.status()).as(madrassa.toString()).isEqualTo(201);
        organisation = number(madrassa.json(), "id");
        Api.Response contact = faithLead.post(
                "/api/v1/organisations/" + organisation + "/contacts",
                Map.of(
                        "name",
                        "Amina Apiexport",
                        "role",
                        "volunteer",
                        "email",
                        "amina@example.org",
                        "lawfulBasis",
                        "PUBLIC_TASK"));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        volunteer = number(contact.json(), "personId");
        Api.Response visit = faithLead.post(
                "/api/v1/organisations/" + organisation + "/engagements",
                Map.of(
                        "date",
                        LocalDate.now().toString(),
                        "type",
                        "VISIT",
                        "summary",
                        "Met the volunteers",
                        "personIds",
                        List.of(volunteer)));
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
    }

    private static long number(Map<String, Object> json, String field) {
        return ((BigDecimal) json.get(field)).longValue();
    }

    @Test
    void officerFindsThePersonByNameAndExportsAllHeldAboutThemAsJsonAndPdf() {
        Api.Response found = officer.get("/api/v1/privacy/people?q=apiexport");
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.body()).contains("Amina Apiexport", "Madrassa Privacy (volunteer)");

        Api.Response json = officer.get("/api/v1/privacy/people/" + volunteer + "/subject-access");
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.body())
                .contains(
                        "\"name\":\"Amina Apiexport\"",
                        "amina@example.org",
                        "Roles at organisations",
                        "Madrassa Privacy",
                        "Engagements they were present at",
                        "Met the volunteers",
                        "Change history about them",
                        "Requests about their data",
                        "privacy.api.dpo");

        Api.Response pdf = officer.get("/api/v1/privacy/people/" + volunteer + "/subject-access.pdf");
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Api.Response again = officer.get("/api/v1/privacy/people/" + volunteer + "/subject-access");
        assertThat(again.body()).contains("As JSON", "As PDF");
    }

    @Test
    void aRestrictedPersonIsHiddenFromTheLeadsUntilTheOfficerLiftsIt() {
        assertThat(faithLead.get("/api/v1/people/" + volunteer).status()).isEqualTo(200);
        assertThat(officer.post("/api/v1/privacy/people/" + volunteer + "/restriction", Map.of("reason", ""))
                        .body())
                .contains("reason");

        Api.Response restricted = officer.post(
                "/api/v1/privacy/people/" + volunteer + "/restriction",
                Map.of("reason", "She contests her record, letter of today"));

        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(204);
        assertThat(faithLead.get("/api/v1/people/" + volunteer).status()).isEqualTo(404);
        assertThat(faithLead
                        .get("/api/v1/organisations/" + organisation + "/engagements")
                        .body())
                .as("the visit stays, without her among the people present")
                .contains("Met the volunteers")
                .doesNotContain("\"personIds\":[" + volunteer + "]");
        assertThat(faithLead
                        .get("/api/v1/organisations/" + organisation + "/contacts")
                        .body())
                .doesNotContain("Amina Apiexport");
        assertThat(faithLead
                        .get("/api/v1/organisations/" + organisation + "/history")
                        .body())
                .doesNotContain("Amina Apiexport")
                .contains("(restricted)");
        assertThat(faithLead
                        .post("/api/v1/privacy/people/" + volunteer + "/restriction", Map.of("reason", "x"))
                        .status())
                .isEqualTo(403);
        Api.Response lifted = officer.delete(
                "/api/v1/privacy/people/" + volunteer + "/restriction?reason=Record%20checked%20and%20corrected");
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(204);
        assertThat(faithLead.get("/api/v1/people/" + volunteer).status()).isEqualTo(200);
        assertThat(faithLead
                        .get("/api/v1/organisations/" + organisation + "/engagements")
                        .body())
                .contains("\"personIds\":[" + volunteer + "]");
        assertThat(faithLead
                        .get("/api/v1/organisations/" + organisation + "/history")
                        .body())
                .contains("Amina Apiexport");
    }

    @Test
    void theExportIsForTheDataProtectionOfficerAlone() {
        assertThat(faithLead
                        .get("/api/v1/privacy/people/" + volunteer + "/subject-access")
                        .status())
                .isEqualTo(403);
        assertThat(Api.admin().get("/api/v1/privacy/people?q=amina").status()).isEqualTo(403);
        assertThat(officer.get("/api/v1/organisations").status())
                .as("the officer's role opens no other records")
                .isEqualTo(403);
        assertThat(officer.get("/api/v1/privacy/people/999999/subject-access").status())
                .isEqualTo(404);
    }

    @Test
    void eachViewOfThePersonIsInTheAccessLogWhichTheOfficerAloneReadsExportsAndFindsInTheirExport() {
        assertThat(faithLead.get("/api/v1/people/" + volunteer).status()).isEqualTo(200);

        Api.Response log = officer.get("/api/v1/privacy/access-log?personId=" + volunteer
                + "&username=privacy.api.faith" + "&from=" + LocalDate.now().minusDays(1) + "&to="
                + LocalDate.now().plusDays(1));
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        assertThat(log.body())
                .contains(
                        "\"username\":\"privacy.api.faith\"",
                        "\"roles\":\"FAITH_LEAD\"",
                        "\"recordKind\":\"Person\"",
                        "\"personId\":" + volunteer,
                        "\"clientAddress\":\"");
        assertThat(officer.get("/api/v1/privacy/access-log?from=2026-12-02&to=2026-12-01")
                        .status())
                .as("a range running backwards")
                .isEqualTo(400);

        Api.Response csv = officer.get("/api/v1/privacy/access-log.csv?personId=" + volunteer);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.body()).startsWith("When (UTC),User,Roles,What").contains("privacy.api.faith");
        assertThat(officer.get("/api/v1/privacy/access-log?username=privacy.api.dpo")
                        .body())
                .as("the export of the log is itself logged")
                .contains("Access log export");

        assertThat(officer.get("/api/v1/privacy/people/" + volunteer + "/subject-access")
                        .body())
                .contains("Who viewed their record", "privacy.api.faith");
        assertThat(faithLead.get("/api/v1/privacy/access-log").status()).isEqualTo(403);
        assertThat(Api.admin().get("/api/v1/privacy/access-log.csv").status()).isEqualTo(403);
    }

    @Test
    void theOfficerChecksThatTheHistoryAndTheAccessLogAreAsWritten() {
        assertThat(faithLead.get("/api/v1/people/" + volunteer).status()).isEqualTo(200);
        Api.Response check = officer.get("/api/v1/privacy/log-integrity");
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.body())
                .contains("\"chain\":\"change_log\"", "\"chain\":\"access_log\"")
                .doesNotContain("\"intact\":false");
        assertThat(faithLead.get("/api/v1/privacy/log-integrity").status()).isEqualTo(403);
    }

    @Test
    void theOfficerRecordsAnObjectionAndUpholdingItRestrictsThePerson() {
        Api.Response contact = faithLead.post(
                "/api/v1/organisations/" + organisation + "/contacts",
                Map.of("name", "Bilal Apiobjector", "role", "volunteer", "lawfulBasis", "LEGITIMATE_INTERESTS"));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        long objector = number(contact.json(), "personId");
        String objection = "/api/v1/privacy/people/" + objector + "/objection";

        Api.Response empty = officer.post(objection, Map.of());
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.body()).contains("grounds", "decision", "decisionReason");
        assertThat(officer.post(objection, Map.of("decision", "MAYBE")).body()).contains("Unknown decision 'MAYBE'");
        Map<String, String> upheld = Map.of(
                "grounds", "He objects to the list of volunteers, email of today",
                "decision", "RESTRICT",
                "decisionReason", "He no longer volunteers; nothing overrides his objection");
        assertThat(faithLead.post(objection, upheld).status()).isEqualTo(403);

        Api.Response recorded = officer.post(objection, upheld);

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(204);
        assertThat(faithLead.get("/api/v1/people/" + objector).status()).isEqualTo(404);
        assertThat(officer.get("/api/v1/privacy/people/" + objector + "/subject-access")
                        .body())
                .contains(
                        "Objections to processing (Article 21)",
                        "He objects to the list of volunteers",
                        "Upheld: processing restricted",
                        "Objection (Article 21) decided");
    }
}
