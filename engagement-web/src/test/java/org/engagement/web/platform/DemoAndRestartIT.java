package org.engagement.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.Json;
import org.engagement.web.testing.RunningApplication;
import org.engagement.web.testing.RunsBesideOtherTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * ENGAGEMENT_DEMO=seed loads the demo partnership into an empty database; the same setting on the next start finds the
 * database populated, refuses with a message and changes nothing. The second start also shows that data lives in the
 * data directory and survives a stop and a start. (One pair of starts for both: each start costs a minute.)
 */
@RunsBesideOtherTests
class DemoAndRestartIT {

    private static final Map<String, String> DEMO = Map.of("ENGAGEMENT_DEMO", "seed");

    @Test
    void theDemoIsLoadedIntoAnEmptyDatabaseAndRefusedOnTheNextStartWhileEverythingSurvivesTheRestart()
            throws Exception {
        Path dataDir =
                Path.of(System.getProperty("engagement.testDir", "target"), "demo-db-" + System.currentTimeMillis());
        long organisations;
        boolean withModules;
        try (RunningApplication.Server first = RunningApplication.startSeparately(dataDir, "demo-first", DEMO)) {
            Api admin = Api.as("admin", RunningApplication.ADMIN_PASSWORD).on(first.baseUrl());
            assertTheCouncilReportsFigures(admin);
            organisations = organisationCount(admin);
            withModules = !admin.get("/api/v1/modules").jsonList().isEmpty();
            assertThat(admin.post(
                                    "/api/v1/users",
                                    Map.of(
                                            "username", "rita",
                                            "displayName", "Rita",
                                            "password", "survives restarts",
                                            "roles", List.of("VIEWER")))
                            .status())
                    .isEqualTo(201);
            if (withModules) {
                screenshotsForTheReadme(first.baseUrl());
            }
        }

        try (RunningApplication.Server second = RunningApplication.startSeparately(dataDir, "demo-second", DEMO)) {
            assertThat(Files.readString(second.log()))
                    .contains("no demo data was loaded")
                    .contains("already holds " + organisations + " organisations");
            Api admin = Api.as("admin", RunningApplication.ADMIN_PASSWORD).on(second.baseUrl());
            assertThat(organisationCount(admin)).isEqualTo(organisations);
            // Rita signs in (she is a viewer, so the list of users is refused with 403, not 401).
            assertThat(Api.as("rita", "survives restarts")
                            .on(second.baseUrl())
                            .get("/api/v1/users")
                            .status())
                    .isEqualTo(403);
            assertThat(Api.as("rita", "wrong password")
                            .on(second.baseUrl())
                            .get("/api/v1/users")
                            .status())
                    .isEqualTo(401);
        }
    }

    /**
     * The report's training table with the corrected total and its plan; with the modules packaged (not in a
     * -DnoPlugins build), its 627 of 836 drivers (75%) feeding action 4.2, and its shopping centre agreements.
     */
    private static void assertTheCouncilReportsFigures(Api admin) {
        List<Object> modules = admin.get("/api/v1/modules").jsonList().stream()
                .map(m -> m.get("id"))
                .toList();

        FinancialQuarter current = FinancialQuarter.of(LocalDate.now());
        LocalDate tableStart = LocalDate.of(current.startYear() - 1, 4, 1);
        LocalDate tableEnd = LocalDate.of(current.startYear(), 9, 30);
        Map<String, Object> table = admin.get(
                        "/api/v1/reports/training-by-quarter?from=" + tableStart + "&to=" + tableEnd)
                .json();
        assertThat(numbers(table.get("totals"))).containsExactly(1261L, 934L, 549L, 1059L, 1410L, 933L);

        Map<String, Object> agreements =
                admin.get("/api/v1/agreements?status=ACTIVE").json();
        assertThat(Json.objects(agreements.get("items")))
                .extracting(a -> a.get("reference"))
                .contains("ISA-FG-01", "ISA-TI-01");

        List<Map<String, Object>> plans = admin.get("/api/v1/plans").jsonList();
        assertThat(plans).hasSize(1);
        Map<String, Object> plan =
                admin.get("/api/v1/plans/" + plans.get(0).get("id")).json();
        List<Map<String, Object>> actions = Json.objects(plan.get("actions"));
        assertThat(actions).hasSize(14);
        assertThat(actions)
                .filteredOn(a -> "4.2".equals(a.get("reference")))
                .singleElement()
                .satisfies(a -> {
                    assertThat(((BigDecimal) a.get("currentValue")).doubleValue())
                            .isEqualTo(75.0);
                    assertThat(a).containsEntry("status", "AMBER");
                });
    }

    private static long organisationCount(Api admin) {
        return ((BigDecimal) admin.get("/api/v1/organisations?size=1").json().get("total")).longValue();
    }

    private static List<Long> numbers(Object list) {
        return ((List<?>) list).stream().map(n -> ((Number) n).longValue()).toList();
    }

    /** The home page and a renewal check on the demo, as the README shows them. */
    private static void screenshotsForTheReadme(String baseUrl) {
        try (Browser browser = Browser.open().on(baseUrl)) {
            browser.signInAsAdmin().go("/index.xhtml");
            assertThat(browser.visible(By.id("today")).getText()).contains("Policy reviews overdue");
            assertThat(browser.visible(By.id("taxiWidget")).getText()).contains("75.0%");
            browser.screenshot("demo-home");
            browser.go("/taxi/check.xhtml?licence=DMBC-0001");
            browser.click(By.id("check:run"));
            browser.textOnceContains(By.id("check:result"), "DMBC-0001");
            browser.screenshot("demo-renewal-check");
        }
    }
}
