package org.engagement.web.plugins.taxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.engagement.web.access.PageSession;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A licensed driver is a person of the taxi module's register: only roles that may read the register see them, by id
 * on the person page, through the person's training in the API, or in the expiring-training report.
 */
@ExtendWith(RunningApplication.class)
class DriverVisibilityIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void aDriverAndTheirTrainingAreHiddenFromFaithLeadsAndViewersButNotFromTheRegistersReaders() {
        Api lead = Api.createUser("dv.lead." + RUN.toLowerCase(), "industry lead passphrase", "INDUSTRY_LEAD");
        Api faith = Api.createUser("dv.faith." + RUN.toLowerCase(), "faith lead passphrase", "FAITH_LEAD");
        Api viewer = Api.createUser("dv.viewer." + RUN.toLowerCase(), "viewer passphrase 12", "VIEWER");
        String licence = "DV" + RUN;
        csv(
                lead,
                "/api/v1/taxi/drivers/import",
                "licence_number,licence_type,surname,forenames,date_of_birth,licence_expiry,"
                        + "operator_name,status\n" + licence + ",PRIVATE_HIRE,Hidden,Dana,1980-01-01,"
                        + TODAY.plusDays(300)
                        + ",Visibility Cars " + RUN + ",ACTIVE\n");
        // Completed 35 months ago on a 36-month course: expires within the report's window.
        csv(
                lead,
                "/api/v1/taxi/training/import",
                "licence_number,course_code,completed_on,certificate_number\n" + licence + ",TAXI-CSE,"
                        + TODAY.minusMonths(36).plusDays(20) + ",DV1\n");
        long person =
                ((BigDecimal) lead.get("/api/v1/taxi/drivers/" + licence).json().get("personId")).longValue();
        String training = "/api/v1/people/" + person + "/training";
        String expiring = "/api/v1/reports/training-expiring?days=60";

        assertThat(lead.get(training).jsonList())
                .extracting(r -> r.get("certificateNumber"))
                .containsExactly("DV1");
        assertThat(lead.get(expiring).body()).contains("Dana");
        for (Api outsider : new Api[] {faith, viewer}) {
            assertThat(outsider.get(training).status()).isEqualTo(404);
            assertThat(outsider.get(expiring).body()).doesNotContain("Dana", licence);
        }
        HttpResponse<String> forLead = page("dv.lead." + RUN.toLowerCase(), "industry lead passphrase", person);
        assertThat(forLead.statusCode()).isEqualTo(200);
        assertThat(forLead.body()).contains("Dana");
        for (HttpResponse<String> refused : List.of(
                page("dv.faith." + RUN.toLowerCase(), "faith lead passphrase", person),
                page("dv.viewer." + RUN.toLowerCase(), "viewer passphrase 12", person))) {
            // As if there were no such person: the not-found page, with its status.
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(refused.body())
                    .contains("id=\"error-title\"", "Page not found")
                    .doesNotContain("Dana", "Hidden");
        }
        HttpResponse<String> unknown = page("dv.lead." + RUN.toLowerCase(), "industry lead passphrase", 987_654_321L);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page not found");
    }

    private static HttpResponse<String> page(String username, String password, long person) {
        PageSession session = PageSession.anonymous();
        assertThat(session.signIn(username, password)).isTrue();
        return session.get("/people/view.xhtml?id=" + person);
    }

    private static void csv(Api api, String path, String body) {
        Api.Response response = api.post(path, "text/csv", body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
