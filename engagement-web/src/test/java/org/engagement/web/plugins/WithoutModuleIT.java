package org.engagement.web.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.engagement.web.testing.RunsBesideOtherTests;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;

/**
 * The packaged WAR with the retail module's JAR taken out of WEB-INF/lib, on its own Payara Micro and its own
 * fresh database: it starts, works, and shows nothing of retail, and its database never gets retail's tables.
 * Nothing but the JAR's absence tells the application the module is missing.
 * <p>Its own server, so it runs beside the other classes; its methods one after another, in order, on that thread.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunsBesideOtherTests
class WithoutModuleIT {

    private static final Path TARGET = Path.of(System.getProperty("engagement.testDir", "target"));
    private static final Path DATA = TARGET.resolve("without-retail-db-" + System.currentTimeMillis());
    private static RunningApplication.Server server;
    private static Api admin;

    @BeforeAll
    static void startWithoutRetail() throws Exception {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "engagement.war")
                .importFrom(Path.of(System.getProperty("engagement.war", "target/engagement.war"))
                        .toFile())
                .as(WebArchive.class);
        List<ArchivePath> retail = war
                .getContent(path -> path.get().matches("/WEB-INF/lib/engagement-plugin-retail-.*\\.jar"))
                .keySet()
                .stream()
                .toList();
        assertThat(retail)
                .as("the packaged WAR holds the retail module, so there is something to leave out")
                .hasSize(1);
        retail.forEach(war::delete);
        Path withoutRetail = TARGET.resolve("engagement-without-retail.war");
        war.as(ZipExporter.class).exportTo(withoutRetail.toFile(), true);

        server = RunningApplication.startSeparately(withoutRetail, DATA, "without-retail");
        admin = Api.as("admin", RunningApplication.ADMIN_PASSWORD).on(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    @Execution(ExecutionMode.SAME_THREAD)
    void startsAndOffersNoRetailTypesWhileTheOtherModulesRemain() {
        assertThat(Api.anonymous().on(server.baseUrl()).get("/health/ready").status())
                .isEqualTo(200);

        List<Object> types = admin.get("/api/v1/organisation-types").jsonList().stream()
                .map(t -> t.get("code"))
                .toList();
        assertThat(types)
                .contains("COMMUNITY_GROUP", "LANDLORD", "MOSQUE")
                .doesNotContain(
                        "TAKEAWAY",
                        "RETAILER",
                        "SHOPPING_CENTRE",
                        "TRANSPORT_HUB",
                        "LEISURE",
                        "HOTEL",
                        "LICENSED_PREMISES");
        assertThat(admin.get("/api/v1/modules").jsonList())
                .extracting(m -> m.get("id"))
                .containsExactly("faith", "taxi", "housing");
        assertThat(admin.post("/api/v1/organisations", Map.of("name", "Chicken Hut", "type", "TAKEAWAY"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    @Order(1)
    @Execution(ExecutionMode.SAME_THREAD)
    void offersNoRetailFigureForTheScorecardWhileTheOtherModulesFiguresRemain() {
        List<Object> figures = admin.get("/api/v1/figures").jsonList().stream()
                .map(f -> f.get("id"))
                .toList();
        assertThat(figures)
                .contains(
                        "taxi.drivers-trained",
                        "training.people-trained.TAXI_DRIVERS",
                        "sharing.organisations-with-agreement")
                .doesNotContain(
                        "retail.premises-visited", "retail.hotspot-concerns", "training.people-trained.BUSINESS_STAFF");
    }

    @Test
    @Order(2)
    @Execution(ExecutionMode.SAME_THREAD)
    void pagesShowNoRetailMenuEntryTabOrPage() {
        Map<String, Object> agent = admin.post(
                        "/api/v1/organisations", Map.of("name", "Lettings Ltd", "type", "LETTING_AGENT"))
                .json();
        long id = ((BigDecimal) agent.get("id")).longValue();
        try (Browser browser = Browser.open().on(server.baseUrl())) {
            browser.signInAsAdmin();
            browser.visible(By.id("welcome"));
            assertThat(browser.visible(By.tagName("nav")).getText())
                    .contains("Housing")
                    .doesNotContain("Retail coverage");

            browser.go("/organisations/view.xhtml?id=" + id);
            browser.visible(By.id("orgName"));
            assertThat(browser.pageText()).contains("Housing").doesNotContain("Premises and visits");

            browser.go("/retail/coverage.xhtml");
            assertThat(browser.pageText()).doesNotContain("Premises visited by type and area");
        }
    }

    /** Runs last: it stops the server to open its database. */
    @Test
    @Order(3)
    @Execution(ExecutionMode.SAME_THREAD)
    void theDatabaseHasNoRetailTables() throws Exception {
        server.close();
        List<String> tables = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(
                        "jdbc:derby:" + DATA.toAbsolutePath().resolve("engagement"));
                ResultSet rs = db.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        } finally {
            shutDown();
        }
        assertThat(tables)
                .contains("organisation", "housing_landlord_profile", "faith_profile")
                .noneMatch(t -> t.startsWith("retail_"));
    }

    private static void shutDown() {
        try {
            DriverManager.getConnection("jdbc:derby:" + DATA.toAbsolutePath().resolve("engagement") + ";shutdown=true")
                    .close();
        } catch (SQLException expectedOnShutdown) {
            // Derby reports a successful shutdown of one database as an exception (SQLState 08006).
        }
    }
}
