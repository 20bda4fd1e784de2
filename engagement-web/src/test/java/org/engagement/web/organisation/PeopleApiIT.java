package org.engagement.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Correcting and removing people and their roles through the API, against the packaged WAR on Payara Micro. */
@ExtendWith(RunningApplication.class)
class PeopleApiIT {

    private static final String ORGANISATIONS = "/api/v1/organisations";
    private static final String PEOPLE = "/api/v1/people/";
    private static Api faithLead;
    private static Api industryLead;
    private static Api viewer;

    @BeforeAll
    static void accounts() {
        faithLead = Api.createUser("people.faith", "faith lead password", "FAITH_LEAD");
        industryLead = Api.createUser("people.industry", "industry lead password", "INDUSTRY_LEAD");
        viewer = Api.createUser("people.viewer", "viewer password 1234", "VIEWER");
    }

    private static long organisation(String name) {
        Api.Response created =
                faithLead.post(ORGANISATIONS, Map.of("name", name, "type", "COMMUNITY_GROUP", "town", "Doncaster"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return number(created.json(), "id");
    }

    private static Map<String, Object> contact(long organisationId, String name, String role) {
        Api.Response created = faithLead.post(
                ORGANISATIONS + "/" + organisationId + "/contacts",
                Map.of("name", name, "role", role, "email", "old@example.org", "lawfulBasis", "PUBLIC_TASK"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static long number(Map<String, Object> json, String field) {
        return ((BigDecimal) json.get(field)).longValue();
    }

    private static Map<String, Object> details(Object version, String email) {
        Map<String, Object> body =
                new HashMap<>(Map.of("name", "Omar Khan", "email", email, "lawfulBasis", "PUBLIC_TASK"));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    @Test
    void correctingAPersonNeedsTheVersionRefusesAStaleOneAndIsInTheirHistory() {
        long mosque = organisation("Correction Mosque");
        Map<String, Object> imam = contact(mosque, "Omar Khan", "imam");
        long person = number(imam, "personId");
        Object version = imam.get("personVersion");

        Api.Response withoutVersion = faithLead.put(PEOPLE + person, details(null, "new@example.org"));
        Api.Response badEmail = faithLead.put(PEOPLE + person, details(version, "not an email"));
        Api.Response byIndustryLead = industryLead.put(PEOPLE + person, details(version, "new@example.org"));
        Api.Response corrected = faithLead.put(PEOPLE + person, details(version, "new@example.org"));
        Api.Response stale = faithLead.put(PEOPLE + person, details(version, "newer@example.org"));

        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.body()).contains("\"field\":\"email\"");
        assertThat(byIndustryLead.status()).isEqualTo(403);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json()).containsEntry("email", "new@example.org");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(viewer.get(PEOPLE + person).json()).containsEntry("email", "new@example.org");
        assertThat(viewer.get(PEOPLE + person + "/history").jsonList()).first().satisfies(h -> {
            assertThat(h).containsEntry("changedBy", "people.faith").containsEntry("action", "UPDATED");
            assertThat((List<?>) h.get("changes"))
                    .singleElement()
                    .asString()
                    .contains("old@example.org")
                    .contains("new@example.org");
        });
    }

    @Test
    void aRoleIsEndedThenTheMistakenOneRemovedUnderItsOwnOrganisationOnly() {
        long mosque = organisation("Role Mosque");
        long other = organisation("Other Mosque");
        Map<String, Object> trustee = contact(mosque, "Yusuf Ali", "trustee");
        String path = ORGANISATIONS + "/" + mosque + "/contacts/" + number(trustee, "id");
        String yesterday = LocalDate.now().minusDays(1).toString();

        Api.Response ended =
                faithLead.put(path, Map.of("version", trustee.get("version"), "role", "trustee", "endedOn", yesterday));
        Api.Response future = faithLead.put(
                path,
                Map.of(
                        "version",
                        ended.json().get("version"),
                        "role",
                        "trustee",
                        "endedOn",
                        LocalDate.now().plusDays(5).toString()));
        Api.Response underAnother = faithLead.delete(ORGANISATIONS + "/" + other + "/contacts/" + number(trustee, "id")
                + "?version=" + ended.json().get("version"));
        Api.Response byViewer = viewer.delete(path + "?version=" + ended.json().get("version"));
        Api.Response removed =
                faithLead.delete(path + "?version=" + ended.json().get("version"));

        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json()).containsEntry("endedOn", yesterday);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"endedOn\"");
        assertThat(underAnother.status()).isEqualTo(404);
        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(viewer.get(ORGANISATIONS + "/" + mosque + "/contacts").jsonList())
                .isEmpty();
    }

    @Test
    void onlyAnAdministratorDeletesAPersonAndOnlyOneNothingElseNames() {
        long mosque = organisation("Deletion Mosque");
        Map<String, Object> mistake = contact(mosque, "Typo Name", "trustee");
        Map<String, Object> visited = contact(mosque, "Omar Khan", "imam");
        Api.Response visit = faithLead.post(
                ORGANISATIONS + "/" + mosque + "/engagements",
                Map.of(
                        "date",
                        LocalDate.now().toString(),
                        "type",
                        "VISIT",
                        "summary",
                        "Met the imam",
                        "personIds",
                        List.of(number(visited, "personId"))));
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);

        Api.Response byLead =
                faithLead.delete(PEOPLE + number(mistake, "personId") + "?version=" + mistake.get("personVersion"));
        Api.Response named =
                Api.admin().delete(PEOPLE + number(visited, "personId") + "?version=" + visited.get("personVersion"));
        Api.Response deleted =
                Api.admin().delete(PEOPLE + number(mistake, "personId") + "?version=" + mistake.get("personVersion"));

        assertThat(byLead.status()).isEqualTo(403);
        assertThat(named.status()).isEqualTo(409);
        assertThat(named.body()).contains("Omar Khan cannot be deleted: still named in 1 engagement");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(Api.admin().get(PEOPLE + number(mistake, "personId")).status())
                .isEqualTo(404);
        assertThat(viewer.get(ORGANISATIONS + "/" + mosque + "/contacts").jsonList())
                .extracting(c -> c.get("name"))
                .containsExactly("Omar Khan");
    }
}
