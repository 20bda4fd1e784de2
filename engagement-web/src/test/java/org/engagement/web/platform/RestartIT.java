package org.engagement.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;

/** Data lives in the data directory and survives a stop and a start. */
class RestartIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void userCreatedBeforeARestartCanStillSignInAfterIt() throws Exception {
        Path dataDir =
                Path.of(System.getProperty("engagement.testDir", "target"), "restart-db-" + System.currentTimeMillis());
        try (RunningApplication.Server first = RunningApplication.startSeparately(dataDir, "restart-first")) {
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create(first.baseUrl() + "/api/v1/users"))
                            .header("Authorization", basic("admin", RunningApplication.ADMIN_PASSWORD))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"rita\",\"displayName\":\"Rita\","
                                    + "\"password\":\"survives restarts\",\"roles\":[\"VIEWER\"]}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
        }

        try (RunningApplication.Server second = RunningApplication.startSeparately(dataDir, "restart-second")) {
            HttpResponse<String> ping = http.send(
                    HttpRequest.newBuilder(URI.create(second.baseUrl() + "/api/v1/users"))
                            .header("Authorization", basic("rita", "survives restarts"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            // Rita signs in (she is a viewer, so the list itself is refused with 403, not 401).
            assertThat(ping.statusCode()).isEqualTo(403);
            HttpResponse<String> wrong = http.send(
                    HttpRequest.newBuilder(URI.create(second.baseUrl() + "/api/v1/users"))
                            .header("Authorization", basic("rita", "wrong password"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
