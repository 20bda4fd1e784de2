package org.engagement.web.organisation;

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

/** The organisations API as a client system or script sees it, against the packaged WAR on Payara Micro. */
@ExtendWith(RunningApplication.class)
class OrganisationsApiIT {

    private static final String BASE = "/api/v1/organisations";
    private static Api faithLead;
    private static Api industryLead;
    private static Api licensingOfficer;
    private static Api viewer;
    private static Api apiClient;

    @BeforeAll
    static void accounts() {
        faithLead = Api.createUser("api.faith", "faith lead password", "FAITH_LEAD");
        industryLead = Api.createUser("api.industry", "industry lead password", "INDUSTRY_LEAD");
        licensingOfficer = Api.createUser("api.licensing", "licensing officer password", "LICENSING_OFFICER");
        viewer = Api.createUser("api.viewer", "viewer password 1234", "VIEWER");
        apiClient = Api.createUser("api.client", "client password 1234", "API_CLIENT");
    }

    private static Map<String, Object> organisation(String name, String type, String postcode) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type, "town", "Doncaster"));
        if (postcode != null) {
            body.put("postcode", postcode);
        }
        return body;
    }

    private static Map<String, Object> created(Api api, Map<String, Object> body) {
        Api.Response response = api.post(BASE, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static long id(Map<String, Object> json) {
        return ((BigDecimal) json.get("id")).longValue();
    }

    @Test
    void createIs201WithLocationAndTheStoredOrganisation() {
        Api.Response response = faithLead.post(BASE, organisation("Bethel Chapel", "COMMUNITY_GROUP", "dn1 2ab"));

        assertThat(response.status()).isEqualTo(201);
        Map<String, Object> body = response.json();
        assertThat(body)
                .containsEntry("postcode", "DN1 2AB")
                .containsEntry("sector", "COMMUNITY")
                .containsEntry("status", "PROSPECT")
                .containsKeys("id", "version");
        assertThat(response.header("Location")).endsWith(BASE + "/" + id(body));
        assertThat(faithLead.get(BASE + "/" + id(body)).json()).containsEntry("name", "Bethel Chapel");
    }

    @Test
    void listIsFilteredPagedAndCarriesTheTotal() {
        for (String name : List.of("Listtest Alpha", "Listtest Bravo", "Listtest Charlie")) {
            created(faithLead, organisation(name, "SCHOOL", "S1 1AA"));
        }
        created(faithLead, organisation("Listtest Police", "PARTNER_AGENCY", "S1 1AA"));

        Map<String, Object> page =
                viewer.get(BASE + "?q=listtest&type=SCHOOL&size=2&page=1").json();

        assertThat(page.get("total")).isEqualTo(BigDecimal.valueOf(3));
        assertThat(Json.objects(page.get("items")))
                .extracting(o -> o.get("name"))
                .containsExactly("Listtest Charlie");
        assertThat(viewer.get(BASE + "?q=listtest&sector=STATUTORY").json().get("total"))
                .isEqualTo(BigDecimal.ONE);
    }

    @Test
    void staleVersionIs409AndCurrentVersionSaves() {
        Map<String, Object> org = created(faithLead, organisation("Stale Test Centre", "COMMUNITY_GROUP", "DN2 1AA"));
        Map<String, Object> change = organisation("Stale Test Centre Ltd", "COMMUNITY_GROUP", "DN2 1AA");
        change.put("version", org.get("version"));

        assertThat(faithLead.put(BASE + "/" + id(org), change).status()).isEqualTo(200);
        Api.Response stale = Api.admin().put(BASE + "/" + id(org), change);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("message").toString()).contains("changed by api.faith");
    }

    @Test
    void likelyDuplicateIs409UnlessForced() {
        created(faithLead, organisation("Duplicate  Hall", "COMMUNITY_GROUP", "DN3 3AA"));

        Api.Response duplicate = faithLead.post(BASE, organisation("duplicate hall", "COMMUNITY_GROUP", "dn33aa"));
        Api.Response forced =
                faithLead.post(BASE + "?force=true", organisation("duplicate hall", "COMMUNITY_GROUP", "dn33aa"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("message").toString()).contains("already recorded");
        assertThat(forced.status()).isEqualTo(201);
    }

    @Test
    void invalidBodyIs400WithEachFieldNeverA500() {
        Map<String, Object> bad = organisation("", "SPACESHIP", "DN1");
        Api.Response badType = faithLead.post(BASE, bad);
        Api.Response badFields = faithLead.post(
                BASE,
                Map.of(
                        "name",
                        "",
                        "type",
                        "COMMUNITY_GROUP",
                        "postcode",
                        "DN1",
                        "email",
                        "not-an-email",
                        "status",
                        "SLEEPING"));
        Api.Response badDate = faithLead.post(BASE, "{\"name\": 3, \"type\": [}");

        assertThat(badType.status()).isEqualTo(400);
        assertThat(fields(badType)).containsExactly("type");
        assertThat(badFields.status()).isEqualTo(400);
        assertThat(fields(badFields)).containsExactly("status");
        Map<String, Object> noStatus = new HashMap<>(
                Map.of("name", "", "type", "COMMUNITY_GROUP", "postcode", "DN1", "email", "not-an-email"));
        assertThat(fields(faithLead.post(BASE, noStatus))).containsExactlyInAnyOrder("name", "postcode", "email");
        assertThat(badDate.status()).isEqualTo(400);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Api.Response response) {
        return Json.objects(response.json().get("errors")).stream()
                .map(e -> e.get("field"))
                .toList();
    }

    @Test
    void rolesDecideWhoMayReadAndChangeWhat() {
        Map<String, Object> community =
                created(faithLead, organisation("Roles Community Group", "COMMUNITY_GROUP", "DN5 5AA"));
        Map<String, Object> agency = created(industryLead, organisation("Roles Police", "PARTNER_AGENCY", "DN5 5AB"));
        Map<String, Object> change = organisation("Roles Community Group", "COMMUNITY_GROUP", "DN5 5AA");
        change.put("version", community.get("version"));

        assertThat(viewer.post(BASE, organisation("Viewer Made", "COMMUNITY_GROUP", null))
                        .status())
                .isEqualTo(403);
        assertThat(industryLead
                        .post(BASE, organisation("Industry Made", "COMMUNITY_GROUP", null))
                        .status())
                .isEqualTo(403);
        assertThat(industryLead.put(BASE + "/" + id(community), change).status())
                .isEqualTo(403);
        assertThat(industryLead.get(BASE + "/" + id(community)).status()).isEqualTo(200);
        assertThat(licensingOfficer.get(BASE + "/" + id(community)).status()).isEqualTo(404);
        assertThat(licensingOfficer.get(BASE + "/" + id(agency)).status()).isEqualTo(404);
        assertThat(licensingOfficer.get(BASE + "?q=roles").json().get("total")).isEqualTo(BigDecimal.ZERO);
        assertThat(apiClient.get(BASE).status()).isEqualTo(403);
        assertThat(faithLead.delete(BASE + "/" + id(community)).status()).isEqualTo(403);
        assertThat(Api.admin().delete(BASE + "/" + id(community)).status()).isEqualTo(204);
        assertThat(Api.admin().get(BASE + "/" + id(community)).status()).isEqualTo(404);
    }

    @Test
    void contactsEngagementsAndHistoryOfAnOrganisation() {
        long mosque = id(created(faithLead, organisation("History Mosque", "COMMUNITY_GROUP", "DN6 6AA")));
        Api.Response imam = faithLead.post(
                BASE + "/" + mosque + "/contacts",
                Map.of(
                        "name",
                        "Yusuf Ali",
                        "role",
                        "imam",
                        "phone",
                        "01302 000000",
                        "lawfulBasis",
                        "PUBLIC_TASK",
                        "preferredLanguage",
                        "Urdu"));
        Api.Response noBasis =
                faithLead.post(BASE + "/" + mosque + "/contacts", Map.of("name", "Nobody", "role", "trustee"));
        long imamId = ((BigDecimal) imam.json().get("personId")).longValue();
        Api.Response visit = faithLead.post(
                BASE + "/" + mosque + "/engagements",
                Map.of(
                        "date",
                        LocalDate.now().toString(),
                        "type",
                        "VISIT",
                        "summary",
                        "Safeguarding policy discussed",
                        "personIds",
                        List.of(imamId),
                        "followUps",
                        List.of(Map.of(
                                "action",
                                "Send model policy",
                                "owner",
                                "api.faith",
                                "due",
                                LocalDate.now().minusDays(1).toString()))));

        assertThat(imam.status()).isEqualTo(201);
        assertThat(imam.header("Location")).contains(BASE + "/" + mosque + "/contacts/");
        assertThat(noBasis.status()).isEqualTo(400);
        assertThat(fields(noBasis)).containsExactly("lawfulBasis");
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
        assertThat(viewer.get(BASE + "/" + mosque + "/contacts").jsonList())
                .singleElement()
                .satisfies(c -> assertThat(c).containsEntry("role", "imam").containsEntry("phone", "01302 000000"));
        assertThat(viewer.get(BASE + "/" + mosque + "/engagements").jsonList())
                .singleElement()
                .satisfies(e -> assertThat(e).containsEntry("type", "VISIT"));
        assertThat(faithLead.get(BASE + "/" + mosque + "/history").jsonList())
                .extracting(h -> h.get("changedBy") + ": " + h.get("summary"))
                .contains(
                        "api.faith: Organisation History Mosque created",
                        "api.faith: Yusuf Ali added as imam at History Mosque")
                .anySatisfy(s -> assertThat(s).startsWith("api.faith: Visit with History Mosque"));
        assertThat(licensingOfficer.get(BASE + "/" + mosque + "/history").status())
                .isEqualTo(404);
        assertThat(Api.admin().delete(BASE + "/" + mosque).status()).isEqualTo(409);
    }
}
