package org.engagement.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Planning a training session through the API, against the packaged WAR on Payara Micro. */
@ExtendWith(RunningApplication.class)
class PlanTrainingApiIT {

    @Test
    void aPlannedSessionNeedsAFutureDateInvitesPeopleAndRefusesAttendanceBeforeItsDay() {
        Api.Response course = Api.admin()
                .post(
                        "/api/v1/courses",
                        Map.of(
                                "code",
                                "API-PLAN",
                                "title",
                                "API planned course",
                                "level",
                                "LEVEL_2",
                                "delivery",
                                "FACE_TO_FACE",
                                "validityMonths",
                                12));
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        Api lead = Api.createUser("api.planner", "api planner password", "INDUSTRY_LEAD");
        Api viewer = Api.createUser("api.plan.viewer", "api plan viewer password", "VIEWER");
        long org = number(
                lead.post(
                                "/api/v1/organisations",
                                Map.of(
                                        "name",
                                        "API Planned Interchange",
                                        "type",
                                        "PARTNER_AGENCY",
                                        "town",
                                        "Doncaster"))
                        .json(),
                "id");
        long person = number(
                lead.post(
                                "/api/v1/organisations/" + org + "/contacts",
                                Map.of("name", "Priya Planned", "role", "manager", "lawfulBasis", "PUBLIC_TASK"))
                        .json(),
                "personId");
        String future = LocalDate.now().plusDays(30).toString();

        Api.Response past = lead.post(
                "/api/v1/training/sessions/planned",
                Map.of(
                        "courseCode",
                        "API-PLAN",
                        "date",
                        LocalDate.now().minusDays(1).toString(),
                        "audience",
                        "PROFESSIONALS"));
        Api.Response byViewer = viewer.post(
                "/api/v1/training/sessions/planned",
                Map.of("courseCode", "API-PLAN", "date", future, "audience", "PROFESSIONALS"));
        Api.Response planned = lead.post(
                "/api/v1/training/sessions/planned",
                Map.of(
                        "courseCode",
                        "API-PLAN",
                        "date",
                        future,
                        "audience",
                        "PROFESSIONALS",
                        "organisationIds",
                        List.of(org),
                        "places",
                        12,
                        "invitedPersonIds",
                        List.of(person)));

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("\"field\":\"date\"");
        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        assertThat(planned.json()).containsEntry("status", "PLANNED").containsEntry("peopleTrained", BigDecimal.ZERO);
        assertThat(planned.json().get("invitedPersonIds")).asString().contains(String.valueOf(person));
        Api.Response early = lead.post(
                "/api/v1/training/sessions/" + number(planned.json(), "id") + "/attendees/import",
                "text/csv",
                ("name,email,organisation_id,completed_on,certificate_number\nPriya Planned,," + org + ",,\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("Record who attended on or after that day");
    }

    private static long number(Map<String, Object> json, String field) {
        return ((BigDecimal) json.get(field)).longValue();
    }
}
