package org.engagement.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal data through the API and the pages: the history of an organisation shows people's phone, email and gender
 * only to roles that may see them on the contacts tab, and linking a person needs the right to change them.
 */
@ExtendWith(RunningApplication.class)
class PersonalDataAccessIT {

    private static final String ORGANISATIONS = "/api/v1/organisations";

    @Test
    void historyHidesPersonalDataFromALicensingOfficerInTheApiAndOnTheHistoryTab() {
        Api lead = Api.createUser("pd.industry", "industry lead password", "INDUSTRY_LEAD");
        Api officer = Api.createUser("pd.licensing", "licensing officer password", "LICENSING_OFFICER");
        Api viewer = Api.createUser("pd.viewer", "viewer password 1234", "VIEWER");
        long shop = created(
                lead,
                ORGANISATIONS,
                new HashMap<>(Map.of("name", "History Kebabs", "type", "BUSINESS", "town", "Doncaster")));
        created(
                lead,
                ORGANISATIONS + "/" + shop + "/contacts",
                Map.of(
                        "name",
                        "Bilal Shah",
                        "role",
                        "manager",
                        "phone",
                        "07700 900123",
                        "email",
                        "bilal.history@example.org",
                        "gender",
                        "MALE",
                        "lawfulBasis",
                        "PUBLIC_TASK"));

        String forOfficer = officer.get(ORGANISATIONS + "/" + shop + "/history").body();
        String forViewer = viewer.get(ORGANISATIONS + "/" + shop + "/history").body();

        assertThat(forViewer).contains("07700 900123", "bilal.history@example.org", "Male");
        assertThat(forOfficer)
                .contains("Bilal Shah", "(hidden)")
                .doesNotContain("07700 900123", "bilal.history@example.org", "Male");
        PageSession page = PageSession.anonymous();
        assertThat(page.signIn("pd.licensing", "licensing officer password")).isTrue();
        String tab = page.get("/organisations/view.xhtml?id=" + shop).body();
        assertThat(tab).contains("Bilal Shah").doesNotContain("07700 900123", "bilal.history@example.org");
    }

    @Test
    void aFaithLeadCannotLinkAnIndustryContactToTheirOwnOrganisation() {
        Api industry = Api.createUser("pd.link.industry", "industry lead password", "INDUSTRY_LEAD");
        Api faith = Api.createUser("pd.link.faith", "faith lead password 12", "FAITH_LEAD");
        long shop = created(
                industry,
                ORGANISATIONS,
                new HashMap<>(Map.of("name", "Link Kebabs", "type", "BUSINESS", "town", "Doncaster")));
        long mosque = created(
                faith,
                ORGANISATIONS,
                new HashMap<>(Map.of("name", "Link Mosque", "type", "COMMUNITY_GROUP", "town", "Doncaster")));
        Api.Response manager = industry.post(
                ORGANISATIONS + "/" + shop + "/contacts",
                Map.of("name", "Sami Link", "role", "manager", "lawfulBasis", "PUBLIC_TASK"));
        long personId = ((BigDecimal) manager.json().get("personId")).longValue();

        Api.Response linked = faith.post(
                ORGANISATIONS + "/" + mosque + "/contacts", Map.of("personId", personId, "role", "volunteer"));

        assertThat(linked.status()).as(linked.body()).isEqualTo(403);
        assertThat(faith.get(ORGANISATIONS + "/" + mosque + "/contacts").jsonList())
                .isEmpty();
    }

    private static long created(Api api, String path, Map<String, Object> body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        Object id = response.json().containsKey("id")
                ? response.json().get("id")
                : response.json().get("affiliationId");
        return ((BigDecimal) id).longValue();
    }
}
