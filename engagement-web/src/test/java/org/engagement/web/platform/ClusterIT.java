package org.engagement.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.engagement.core.testing.TestPostgres;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.engagement.web.testing.RunningApplication.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

/**
 * Two Payara Micro instances of the packaged application on one PostgreSQL database, clustered by Payara's own
 * Hazelcast data grid on loopback (TCP/IP discovery of the two members, a cluster name of this run's own, so that no
 * other server on the machine joins), behind HAProxy with the settings {@code scale/run} uses ({@code
 * scale/haproxy.cfg}), started once for every test of the class. The cluster needs PostgreSQL in both of the build's
 * runs: embedded Derby cannot be shared by two processes. The failover test kills an instance, so it runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String HAPROXY = System.getProperty("haproxy.binary", "/usr/sbin/haproxy");
    private static final Path HAPROXY_CONFIG =
            Path.of(System.getProperty("engagement.haproxyConfig", "../scale/haproxy.cfg"));

    private static TestPostgres.Database database;
    private static Server a;
    private static Server b;
    private static Process proxy;
    private static String proxyUrl;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        database = TestPostgres.emptyDatabase();
        Map<String, String> environment = Map.of(
                "ENGAGEMENT_DB_URL", database.url(),
                "ENGAGEMENT_DB_USER", TestPostgres.user(),
                "ENGAGEMENT_DB_PASSWORD", TestPostgres.password());
        int gridPortA = freePort();
        int gridPortB = freePort();
        List<String> grid = List.of(
                "--clustername",
                "engagement-test-" + UUID.randomUUID(),
                "--clustermode",
                "tcpip:127.0.0.1:" + gridPortA + ",127.0.0.1:" + gridPortB,
                "--interfaces",
                "127.0.0.1",
                // Both members on one address: without this, neither would keep a backup of the other's data.
                "--nohostaware");
        Path target = Path.of(System.getProperty("engagement.testDir", "target"));
        // One after the other: the first migrates the empty database, the second finds it migrated.
        a = RunningApplication.startClustered(
                target.resolve("cluster-a-" + System.nanoTime()), "cluster-a", environment, withPort(grid, gridPortA));
        b = RunningApplication.startClustered(
                target.resolve("cluster-b-" + System.nanoTime()), "cluster-b", environment, withPort(grid, gridPortB));
        startTheProxy(target);
    }

    /** HAProxy in front of A (cookie i1) and B (i2) on a free port, in the foreground, as scale/run starts it. */
    private static void startTheProxy(Path target) throws IOException, InterruptedException {
        if (!new File(HAPROXY).canExecute()) {
            throw new IllegalStateException(
                    "The cluster tests need HAProxy: apt-get install -y haproxy (looked for " + HAPROXY + ")");
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(HAPROXY, "-f", HAPROXY_CONFIG.toString())
                .redirectErrorStream(true)
                .redirectOutput(target.resolve("cluster-haproxy.log").toFile());
        builder.environment().put("ENGAGEMENT_PROXY_PORT", String.valueOf(port));
        builder.environment()
                .put(
                        "ENGAGEMENT_INSTANCE_1",
                        "127.0.0.1:" + URI.create(a.baseUrl()).getPort());
        builder.environment()
                .put(
                        "ENGAGEMENT_INSTANCE_2",
                        "127.0.0.1:" + URI.create(b.baseUrl()).getPort());
        proxy = builder.start();
        proxyUrl = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!proxy.isAlive()) {
                throw new IllegalStateException(
                        "HAProxy stopped: " + Files.readString(target.resolve("cluster-haproxy.log")));
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(proxyUrl + "/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("HAProxy did not answer within a minute on " + proxyUrl);
    }

    @AfterAll
    static void stopTheCluster() {
        if (proxy != null) {
            proxy.destroy();
        }
        for (Server server : new Server[] {b, a}) {
            if (server != null) {
                server.close();
            }
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    @Order(1)
    void anAccountDisabledOnOneInstanceIsRefusedOnTheOtherWithinASecond() {
        Api admin = Api.admin().on(a.baseUrl());
        assertThat(admin.post(
                                "/api/v1/users",
                                Map.of(
                                        "username",
                                        "cluster.viewer",
                                        "displayName",
                                        "Cluster Viewer",
                                        "password",
                                        "a password for the cluster test",
                                        "roles",
                                        List.of("VIEWER")))
                        .status())
                .isEqualTo(201);
        Api viewerOnB =
                Api.as("cluster.viewer", "a password for the cluster test").on(b.baseUrl());
        // Twice: the second answer comes from what B remembers (the password verified, the account as it was).
        assertThat(viewerOnB.get("/api/v1/organisations").status()).isEqualTo(200);
        assertThat(viewerOnB.get("/api/v1/organisations").status()).isEqualTo(200);

        Map<String, Object> account = admin.get("/api/v1/users/cluster.viewer").json();
        assertThat(admin.put(
                                "/api/v1/users/cluster.viewer",
                                Map.of(
                                        "version",
                                        account.get("version"),
                                        "displayName",
                                        "Cluster Viewer",
                                        "roles",
                                        List.of("VIEWER"),
                                        "enabled",
                                        false))
                        .status())
                .isEqualTo(200);
        Instant disabled = Instant.now();

        int status = viewerOnB.get("/api/v1/organisations").status();
        while (status != 401 && Instant.now().isBefore(disabled.plusSeconds(1))) {
            status = viewerOnB.get("/api/v1/organisations").status();
        }
        assertThat(status)
                .as("B's answer to the disabled account, "
                        + Duration.between(disabled, Instant.now()).toMillis() + " ms after A disabled it")
                .isEqualTo(401);
    }

    /**
     * Five failures are free per account (the shipped setting); three on each instance make six. Were each instance
     * counting its own, neither would have passed five, and the right password would be let in.
     */
    @Test
    @Order(2)
    void failedSignInsOnBothInstancesAddUpToOneLockout() {
        assertThat(Api.admin()
                        .on(a.baseUrl())
                        .post(
                                "/api/v1/users",
                                Map.of(
                                        "username",
                                        "cluster.throttled",
                                        "displayName",
                                        "Cluster Throttled",
                                        "password",
                                        "the throttled account's password",
                                        "roles",
                                        List.of("VIEWER")))
                        .status())
                .isEqualTo(201);
        Api wrongOnA = Api.as("cluster.throttled", "a wrong password").on(a.baseUrl());
        Api wrongOnB = Api.as("cluster.throttled", "a wrong password").on(b.baseUrl());
        for (int i = 0; i < 3; i++) {
            assertThat(wrongOnA.get("/api/v1/organisations").status())
                    .as("failure on A")
                    .isEqualTo(401);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(wrongOnB.get("/api/v1/organisations").status())
                    .as("failure on B")
                    .isEqualTo(401);
        }
        assertThat(wrongOnB.get("/api/v1/organisations").status())
                .as("the sixth failure")
                .isIn(401, 429);

        for (Server server : new Server[] {a, b}) {
            Api rightPassword = Api.as("cluster.throttled", "the throttled account's password")
                    .on(server.baseUrl());
            assertThat(rightPassword.get("/api/v1/organisations").status())
                    .as("the right password on " + server.baseUrl() + " after six failures across the instances")
                    .isEqualTo(429);
        }
    }

    /**
     * The failover test: a user signed in through the proxy is half-way through a new organisation when the
     * instance serving them is killed (SIGKILL, by its process id); the save goes to the other instance, which has the
     * session from the data grid: the organisation is saved and the user is still signed in.
     */
    @Test
    @Order(3)
    void aUserHalfWayThroughAFormCarriesOnWhenTheirInstanceIsKilled() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.on(proxyUrl).signInAsAdmin();
            browser.go("/organisations/list.xhtml");
            browser.click(By.id("list:newOrganisation"));
            browser.type(By.id("orgForm:name"), "Failover Community Centre");
            new Select(browser.visible(By.id("orgForm:type"))).selectByValue("COMMUNITY_GROUP");
            browser.type(By.id("orgForm:addressLine1"), "1 Cluster Street");
            browser.type(By.id("orgForm:town"), "Doncaster");
            browser.type(By.id("orgForm:postcode"), "DN1 3AA");

            Cookie instance = browser.driver().manage().getCookieNamed("ENGAGEMENT_INSTANCE");
            assertThat(instance)
                    .as("the proxy's cookie naming the instance that served the form")
                    .isNotNull();
            Server serving = "i1".equals(instance.getValue()) ? a : b;
            Server other = serving == a ? b : a;
            kill(serving);

            browser.click(By.id("orgForm:save"));

            assertThat(browser.textOnceContains(By.id("keyFacts"), "DN1 3AA")).contains("Community group");
            assertThat(browser.visible(By.id("orgName")).getText()).isEqualTo("Failover Community Centre");
            assertThat(browser.driver().getCurrentUrl()).as("still signed in").doesNotContain("login");
            String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            Map<String, Object> saved = Api.admin()
                    .on(other.baseUrl())
                    .get("/api/v1/organisations/" + id)
                    .json();
            assertThat(saved.get("name")).isEqualTo("Failover Community Centre");
            assertThat(saved.get("town")).isEqualTo("Doncaster");
            // Signed in still on the next page, which the surviving instance serves.
            browser.go("/organisations/list.xhtml?q=failover");
            String list = browser.textOnceContains(By.id("list:organisations"), "Failover Community Centre");
            assertThat(list.split("Failover Community Centre", -1))
                    .as("saved once: " + list)
                    .hasSize(2);
        }
    }

    /** kill -KILL by the process id: the instance gets no chance to hand anything over. */
    private static void kill(Server server) throws IOException, InterruptedException {
        long pid = server.process().pid();
        assertThat(new ProcessBuilder("kill", "-KILL", String.valueOf(pid))
                        .start()
                        .waitFor())
                .as("kill -KILL " + pid)
                .isZero();
        assertThat(server.process().waitFor(30, TimeUnit.SECONDS))
                .as("instance " + pid + " ended")
                .isTrue();
    }

    private static List<String> withPort(List<String> grid, int port) {
        return java.util.stream.Stream.concat(
                        grid.stream(), java.util.stream.Stream.of("--startport", String.valueOf(port)))
                .toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
