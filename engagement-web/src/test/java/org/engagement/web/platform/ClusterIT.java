package org.engagement.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.engagement.core.testing.TestPostgres;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.engagement.web.testing.RunningApplication.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro instances of the packaged application on one PostgreSQL database, clustered by Payara's own
 * Hazelcast data grid on loopback (TCP/IP discovery of the two members, a cluster name of this run's own, so that no
 * other server on the machine joins), started once for every test of the class. The cluster needs PostgreSQL in both
 * of the build's runs: embedded Derby cannot be shared by two processes.
 */
class ClusterIT {

    private static TestPostgres.Database database;
    private static Server a;
    private static Server b;

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
    }

    @AfterAll
    static void stopTheCluster() {
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
