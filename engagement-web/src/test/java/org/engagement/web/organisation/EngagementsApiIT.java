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

/** Correcting engagements and their follow-ups through the API, against the packaged WAR on Payara Micro. */
@ExtendWith(RunningApplication.class)
class EngagementsApiIT {

    private static final String ENGAGEMENTS = "/api/v1/engagements/";
    private static Api officer;
    private static Api otherLead;
    private static Api viewer;

    @BeforeAll
    static void accounts() {
        officer = Api.createUser("eng.officer", "engagement officer password", "FAITH_LEAD");
        otherLead = Api.createUser("eng.other", "other faith lead password", "FAITH_LEAD");
        viewer = Api.createUser("eng.viewer", "viewer password 1234", "VIEWER");
    }

    private static Map<String, Object> loggedVisit(String organisationName) {
        Api.Response mosque = officer.post(
                "/api/v1/organisations",
                Map.of("name", organisationName, "type", "COMMUNITY_GROUP", "town", "Doncaster"));
        Api.Response visit = officer.post(
                "/api/v1/organisations/" + number(mosque.json(), "id") + "/engagements",
                Map.of(
                        "date",
                        LocalDate.now().toString(),
                        "type",
                        "VISIT",
                        "summary",
                        "Visited",
                        "followUps",
                        List.of(Map.of(
                                "action",
                                "Send model policy",
                                "owner",
                                "eng.officer",
                                "due",
                                LocalDate.now().plusDays(7).toString()))));
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
        return visit.json();
    }

    private static long number(Map<String, Object> json, String field) {
        return ((BigDecimal) json.get(field)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstFollowUp(Map<String, Object> engagement) {
        return ((List<Map<String, Object>>) engagement.get("followUps")).get(0);
    }

    @Test
    void anEngagementIsCorrectedAndItsFollowUpReassignedDoneAndUndone() {
        Map<String, Object> visit = loggedVisit("Engagement API Mosque");
        long id = number(visit, "id");
        String followUp = ENGAGEMENTS + id + "/follow-ups/" + number(firstFollowUp(visit), "id");
        Map<String, Object> change = new HashMap<>(Map.of(
                "version",
                visit.get("version"),
                "date",
                LocalDate.now().minusDays(1).toString(),
                "type",
                "MEETING",
                "summary",
                "Met the trustees",
                "outcome",
                "Agreed"));

        Api.Response corrected = officer.put(ENGAGEMENTS + id, change);
        Api.Response stale = officer.put(ENGAGEMENTS + id, change);
        Api.Response byViewer = viewer.put(
                followUp,
                Map.of(
                        "version",
                        corrected.json().get("version"),
                        "action",
                        "x",
                        "owner",
                        "eng.viewer",
                        "due",
                        LocalDate.now().toString()));
        Api.Response reassigned = officer.put(
                followUp,
                Map.of(
                        "version",
                        corrected.json().get("version"),
                        "action",
                        "Send model policy",
                        "owner",
                        "eng.other",
                        "due",
                        LocalDate.now().plusDays(14).toString()));
        Api.Response done =
                otherLead.put(followUp, Map.of("version", reassigned.json().get("version"), "done", true));
        Api.Response undone =
                otherLead.put(followUp, Map.of("version", done.json().get("version"), "done", false));
        Api.Response added = officer.post(
                ENGAGEMENTS + id + "/follow-ups",
                Map.of(
                        "version",
                        undone.json().get("version"),
                        "action",
                        "Book training",
                        "owner",
                        "eng.officer",
                        "due",
                        LocalDate.now().plusDays(30).toString()));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json()).containsEntry("type", "MEETING").containsEntry("summary", "Met the trustees");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);
        assertThat(firstFollowUp(reassigned.json())).containsEntry("owner", "eng.other");
        assertThat(firstFollowUp(done.json())).containsEntry("done", true);
        assertThat(firstFollowUp(undone.json())).containsEntry("done", false);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat((List<?>) added.json().get("followUps")).hasSize(2);
    }

    @Test
    void aMistakenEngagementIsDeletedWithAReasonByTheOfficerWhoLoggedIt() {
        Map<String, Object> visit = loggedVisit("Mistaken Visit Mosque");
        String path = ENGAGEMENTS + number(visit, "id") + "?version=" + visit.get("version");

        Api.Response byOtherLead = otherLead.delete(path + "&reason=Not%20mine");
        Api.Response withoutReason = officer.delete(path);
        Api.Response deleted = officer.delete(path + "&reason=Logged%20against%20the%20wrong%20mosque");

        assertThat(byOtherLead.status()).isEqualTo(403);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.body()).contains("\"field\":\"reason\"");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(viewer.get(ENGAGEMENTS + number(visit, "id")).status()).isEqualTo(404);
    }
}
