package org.engagement.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.OpenApi;
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
                .contains(org.engagement.core.spi.RestrictedNames.MASK);
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

    private static final String HIDDEN = "Walkhidden";

    /**
     * A restricted person in every place a person's name is shown about them (among an engagement's people, a training
     * session's attendees and its expiring training, as an organisation's safeguarding lead and an agreement's
     * signatory) and in officers' free text (an engagement's summary and outcome, a follow-up due to the administrator,
     * the safeguarding profile's notes, an audit's evidence and open action, the organisation's notes, a plan action's
     * texts and progress note, the session's trainers and an evaluation answer, the agreement's purpose and data
     * categories): then every GET of the whole API (from
     * /openapi, on those records) and every page of the menu and of those records, as an administrator and a lead,
     * holds her name nowhere.
     */
    @Test
    void aRestrictedPersonIsInNoListReportExportOrPageOfAnyoneButTheOfficer() {
        Api admin = Api.admin();
        long mosque = created(admin.post(
                "/api/v1/organisations",
                Map.of("name", "Walk Mosque", "type", "COMMUNITY_GROUP", "notes", "Keys held by Rukhsana " + HIDDEN)));
        long police =
                created(admin.post("/api/v1/organisations", Map.of("name", "Walk Police", "type", "PARTNER_AGENCY")));
        long hidden = contact(admin, mosque, "Rukhsana " + HIDDEN);
        long imam = contact(admin, mosque, "Imam Walkvisible");
        long inspector = contact(admin, police, "Inspector Walkvisible");
        String today = LocalDate.now().toString();
        Map<String, Long> records = new java.util.HashMap<>();
        records.put(
                "engagements",
                created(admin.post(
                        "/api/v1/organisations/" + mosque + "/engagements",
                        Map.of(
                                "date",
                                today,
                                "type",
                                "VISIT",
                                "summary",
                                "Walk-through visit with Rukhsana " + HIDDEN,
                                "outcome",
                                HIDDEN + ", Rukhsana will ring back",
                                "personIds",
                                List.of(hidden, imam),
                                "followUps",
                                List.of(Map.of(
                                        "action",
                                        "Ring rukhsana " + HIDDEN.toLowerCase(java.util.Locale.ROOT),
                                        "owner",
                                        "privacy.walk.admin",
                                        "due",
                                        today))))));
        created(admin.post(
                "/api/v1/courses",
                Map.of(
                        "code",
                        "WALK-1",
                        "title",
                        "Walk safeguarding",
                        "level",
                        "BASIC",
                        "delivery",
                        "FACE_TO_FACE",
                        "validityMonths",
                        1)));
        records.put(
                "training/sessions",
                created(admin.post(
                        "/api/v1/training/sessions",
                        Map.of(
                                "courseCode",
                                "WALK-1",
                                "date",
                                today,
                                "audience",
                                "COMMUNITY",
                                "organisationIds",
                                List.of(mosque),
                                "attendees",
                                List.of(Map.of("personId", hidden)),
                                "headcount",
                                1,
                                "trainers",
                                "Rukhsana " + HIDDEN + " and the CSE team"))));
        Api.Response profile = admin.put(
                "/api/v1/organisations/" + mosque + "/safeguarding",
                Map.of(
                        "version",
                        0,
                        "policyStatus",
                        "IN_DEVELOPMENT",
                        "leadPersonId",
                        hidden,
                        "deputyPersonId",
                        imam,
                        "notes",
                        "Rukhsana " + HIDDEN + " holds the policy file"));
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        Api.Response audit = admin.post(
                "/api/v1/organisations/" + mosque + "/audits",
                org.engagement.web.testing.AuditRequest.ofCoreTemplate(admin)
                        .evidence("Policy seen with Rukhsana " + HIDDEN)
                        .notMet("GOV1", "Rukhsana " + HIDDEN + " to name a deputy", "privacy.walk.admin")
                        .body());
        assertThat(audit.status()).as(audit.toString()).isEqualTo(201);
        records.put(
                "agreements",
                created(admin.post(
                        "/api/v1/agreements",
                        Map.of(
                                "title",
                                "Walk sharing",
                                "reference",
                                "WALK-ISA",
                                "purpose",
                                "Report concerns raised by Rukhsana " + HIDDEN,
                                "dataCategories",
                                "Names, including Rukhsana " + HIDDEN + "'s",
                                "lawfulBasis",
                                "PUBLIC_TASK",
                                "sharingMethods",
                                List.of("SECURE_EMAIL"),
                                "reviewDate",
                                LocalDate.now().plusYears(1).toString(),
                                "parties",
                                List.of(
                                        Map.of(
                                                "organisationId",
                                                mosque,
                                                "signatoryPersonId",
                                                hidden,
                                                "signedOn",
                                                today),
                                        Map.of(
                                                "organisationId",
                                                police,
                                                "signatoryPersonId",
                                                inspector,
                                                "signedOn",
                                                today))))));
        records.put("organisations", mosque);
        records.put("people", hidden);
        planActionNamingHer(admin, records);
        assertThat(admin.get("/api/v1/organisations/" + mosque + "/safeguarding")
                        .body())
                .as("before the restriction")
                .contains(HIDDEN);
        assertThat(admin.get("/api/v1/organisations/" + mosque + "/engagements").body())
                .as("officers' text names her before the restriction")
                .contains("Walk-through visit with Rukhsana " + HIDDEN);
        org.engagement.web.access.PageSession pages = org.engagement.web.access.PageSession.anonymous();
        Api.createUser("privacy.walk.admin", "walk admin password", "ADMIN");
        assertThat(pages.signIn("privacy.walk.admin", "walk admin password")).isTrue();
        String session = "/training/session.xhtml?id=" + records.get("training/sessions");
        pages.submit(
                session,
                "answerForm",
                Map.of(
                        "answerForm:question",
                        "LEARNT",
                        "answerForm:answer",
                        "Rukhsana " + HIDDEN + " explained it well",
                        "answerForm:themes",
                        "",
                        "answerForm:addAnswer",
                        ""));
        assertThat(pages.get(session).body())
                .as("an evaluation answer names her before the restriction")
                .contains("Rukhsana " + HIDDEN + " explained it well", "Rukhsana " + HIDDEN + " and the CSE team");
        Api.Response restricted = officer.post(
                "/api/v1/privacy/people/" + hidden + "/restriction", Map.of("reason", "She asked, letter of today"));
        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(204);

        List<String> shown = new java.util.ArrayList<>();
        for (String operation : OpenApi.operations().keySet()) {
            if (operation.startsWith("GET ")) {
                for (String path : onTheRecords(operation.substring(4), records)) {
                    for (Api reader : List.of(admin, faithLead)) {
                        Api.Response answer = reader.get(path);
                        if (answer.body().contains(HIDDEN)) {
                            shown.add(path + " (" + answer.status() + ")");
                        }
                    }
                }
            }
        }
        java.util.Set<String> pagePaths = new java.util.TreeSet<>(menuPages(pages));
        pagePaths.addAll(List.of(
                "/index.xhtml",
                "/notifications.xhtml",
                "/organisations/view.xhtml?id=" + mosque,
                "/organisations/edit.xhtml?id=" + mosque,
                "/safeguarding/profile.xhtml?organisation=" + mosque,
                "/safeguarding/audit-view.xhtml?id=" + number(audit.json(), "id"),
                "/engagements/follow-ups.xhtml",
                "/people/view.xhtml?id=" + hidden,
                session,
                "/plan/view.xhtml?id=" + records.get("plans"),
                "/plan/action.xhtml?id=" + records.get("actions"),
                "/agreements/view.xhtml?id=" + records.get("agreements"),
                "/agreements/edit.xhtml?id=" + records.get("agreements")));
        for (String page : pagePaths) {
            var answer = pages.get(page);
            if (answer.body().contains(HIDDEN)) {
                shown.add(page + " (" + answer.statusCode() + ")");
            }
        }
        assertThat(shown)
                .as("places still naming the restricted person to an administrator or a lead")
                .isEmpty();

        Api.Response lifted =
                officer.delete("/api/v1/privacy/people/" + hidden + "/restriction?reason=Her%20record%20was%20checked");
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(204);
        assertThat(admin.get("/api/v1/organisations/" + mosque + "/safeguarding")
                        .body())
                .as("after the restriction is lifted")
                .contains(HIDDEN, "Rukhsana " + HIDDEN + " holds the policy file");
        assertThat(admin.get("/api/v1/organisations/" + mosque + "/engagements").body())
                .as("officers' text names her again once the restriction is lifted")
                .contains(
                        "Walk-through visit with Rukhsana " + HIDDEN,
                        "Ring rukhsana " + HIDDEN.toLowerCase(java.util.Locale.ROOT));
    }

    /** An action plan whose action, its status reason and a progress note name her. */
    private static void planActionNamingHer(Api admin, Map<String, Long> records) {
        long plan = created(admin.post(
                "/api/v1/plans",
                Map.of(
                        "title",
                        "Walk plan",
                        "startsOn",
                        LocalDate.now().minusMonths(1).toString(),
                        "endsOn",
                        LocalDate.now().plusMonths(11).toString())));
        Map<String, Object> action = new java.util.HashMap<>();
        action.put("outcomeNumber", 1);
        action.put("outcomeTitle", "Safer settings");
        action.put("reference", "1.1");
        action.put("title", "Visit with Rukhsana " + HIDDEN);
        action.put("description", "Rukhsana " + HIDDEN + " to show the madrassa");
        action.put("leadOfficer", "Faith lead");
        action.put("partnerAgencies", "Rukhsana " + HIDDEN + "'s committee");
        action.put("measureOfSuccess", "Rukhsana " + HIDDEN + " satisfied");
        action.put("status", "AMBER");
        action.put("statusReason", "Waiting for Rukhsana " + HIDDEN);
        long actionId = created(admin.post("/api/v1/plans/" + plan + "/actions", action));
        Api.Response progress =
                admin.post("/api/v1/actions/" + actionId + "/progress", Map.of("note", "Rang Rukhsana " + HIDDEN));
        assertThat(progress.status()).as(progress.toString()).isEqualTo(201);
        records.put("plans", plan);
        records.put("actions", actionId);
    }

    private static long created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return number(response.json(), "id");
    }

    private static long contact(Api api, long organisationId, String name) {
        Api.Response contact = api.post(
                "/api/v1/organisations/" + organisationId + "/contacts",
                Map.of("name", name, "role", "volunteer", "lawfulBasis", "PUBLIC_TASK"));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        return number(contact.json(), "personId");
    }

    /**
     * The path on each of the test's records it can name ({id} of an organisation, engagement, person, session or
     * agreement), or on a record that does not exist for any other parameter.
     */
    private static List<String> onTheRecords(String template, Map<String, Long> records) {
        String rest = template.replaceAll("\\{[a-zA-Z]+Id}", "999999")
                .replace("{number}", "999")
                .replace("{n}", "1")
                .replace("{username}", "admin")
                .replace("{licenceNumber}", "NOSUCH999")
                .replace("{code}", "NO_SUCH_TEMPLATE")
                .replace("{kind}", "people");
        if (!rest.contains("{id}")) {
            return List.of(rest);
        }
        List<String> paths = records.entrySet().stream()
                .filter(e -> rest.startsWith("/api/v1/" + e.getKey() + "/{id}"))
                .map(e -> rest.replace("{id}", String.valueOf(e.getValue())))
                .toList();
        return paths.isEmpty() ? List.of(rest.replace("{id}", "999999")) : paths;
    }

    /** The pages linked from the home page's main menu. */
    private static List<String> menuPages(org.engagement.web.access.PageSession pages) {
        String home = pages.get("/index.xhtml").body();
        int start = home.indexOf("aria-label=\"Main menu\"");
        assertThat(start).isNotNegative();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/[^\";?#]*\\.xhtml)")
                .matcher(home.substring(start, home.indexOf("</nav>", start)));
        List<String> found = new java.util.ArrayList<>();
        while (link.find()) {
            found.add(link.group(1));
        }
        return found;
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
