package org.engagement.web.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention schedule over the API on the packaged WAR: the core's and the modules' kinds with their defaults, a
 * versioned change with field errors and conflicts, and the dry run, for the data protection officer alone.
 */
@ExtendWith(RunningApplication.class)
class RetentionApiIT {

    private static Api officer;
    private static Api admin;

    @BeforeAll
    static void accounts() {
        officer = Api.createUser("retention.api.dpo", "data protection password", "DATA_PROTECTION_OFFICER");
        admin = Api.admin();
    }

    private static Map<String, Object> row(String kind) {
        Api.Response schedule = officer.get("/api/v1/privacy/retention");
        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(200);
        return schedule.jsonList().stream()
                .filter(r -> kind.equals(((Map<?, ?>) r.get("kind")).get("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + kind + " in " + schedule.body()));
    }

    @Test
    void theScheduleListsEveryKindWithItsDefaultIncludingTheModules() {
        Api.Response schedule = officer.get("/api/v1/privacy/retention");

        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(200);
        assertThat(schedule.jsonList())
                .extracting(r -> (Object) ((Map<?, ?>) r.get("kind")).get("id"))
                .contains(
                        "person-no-active-role",
                        "engagement",
                        "follow-up",
                        "training-record",
                        "audit",
                        "agreement-document",
                        "change-history",
                        "security-log",
                        "access-log",
                        "taxi-check-log");
        assertThat(row("security-log"))
                .containsEntry("periodMonths", BigDecimal.valueOf(12))
                .containsEntry("action", "DELETE");
        assertThat(row("access-log"))
                .containsEntry("periodMonths", BigDecimal.valueOf(24))
                .containsEntry("action", "DELETE");
        assertThat(admin.get("/api/v1/privacy/retention").status()).isEqualTo(403);
    }

    @Test
    void theOfficerChangesAPeriodWithItsVersionAndAStaleOrWrongChangeIsRefusedByField() {
        long version = ((BigDecimal) row("follow-up").get("version")).longValue();

        Api.Response deleteRefused = officer.put(
                "/api/v1/privacy/retention/follow-up",
                Map.of("periodMonths", 0, "action", "DELETE", "version", version));
        assertThat(deleteRefused.status()).as(deleteRefused.toString()).isEqualTo(400);
        assertThat(deleteRefused.body()).contains("periodMonths", "action", "can be anonymised but not deleted");

        Api.Response changed = officer.put(
                "/api/v1/privacy/retention/follow-up",
                Map.of("periodMonths", 84, "action", "ANONYMISE", "version", version));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(row("follow-up")).containsEntry("periodMonths", BigDecimal.valueOf(84));

        Api.Response stale = officer.put(
                "/api/v1/privacy/retention/follow-up",
                Map.of("periodMonths", 60, "action", "ANONYMISE", "version", version));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed the period");
        assertThat(officer.put("/api/v1/privacy/retention/no-such-kind", Map.of("periodMonths", 6))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theDryRunAndTheRunsAreTheOfficers() {
        Api.Response due = officer.get("/api/v1/privacy/retention/due?days=30");
        assertThat(due.status()).as(due.toString()).isEqualTo(200);
        assertThat(officer.get("/api/v1/privacy/retention/runs").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/privacy/retention/due").status()).isEqualTo(403);
    }
}
