package org.engagement.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Json;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningApplication.class)
class UsersApiIT {

    @Test
    void withoutCredentialsTheApiAnswers401AndAsksForBasic() {
        Api.Response response = Api.anonymous().get("/api/v1/users");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void wrongPasswordIs401() {
        assertThat(Api.as("admin", "wrong password").get("/api/v1/users").status())
                .isEqualTo(401);
    }

    @Test
    void administratorListsAndCreatesUsers() {
        Api.Response created = Api.admin()
                .post(
                        "/api/v1/users",
                        Map.of(
                                "username",
                                "Ian.Industry",
                                "displayName",
                                "Ian Industry",
                                "password",
                                "industry lead password",
                                "roles",
                                List.of("INDUSTRY_LEAD")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/users/ian.industry");
        assertThat(created.json()).containsEntry("username", "ian.industry").doesNotContainKey("password");
        assertThat(Api.admin().get("/api/v1/users").jsonList())
                .extracting(u -> u.get("username"))
                .contains("admin", "ian.industry");
        assertThat(Api.as("ian.industry", "industry lead password")
                        .get("/api/v1/ping")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void viewerMayNotCreateOrListUsers() {
        Api viewer = Api.createUser("vic.viewer", "viewer password 123", "VIEWER");

        Api.Response refused = viewer.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        "sneaky",
                        "displayName",
                        "Sneaky",
                        "password",
                        "sneaky password 1",
                        "roles",
                        List.of("ADMIN")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(Api.admin().get("/api/v1/users/sneaky").status()).isEqualTo(404);
    }

    @Test
    void invalidBodyIs400WithEveryFieldProblem() {
        Api.Response response = Api.admin()
                .post(
                        "/api/v1/users",
                        Map.of(
                                "username",
                                "x!",
                                "displayName",
                                "",
                                "password",
                                "longenoughpassword",
                                "roles",
                                List.of()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(Json.objects(response.json().get("errors")))
                .extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("username", "displayName", "roles");
    }

    @Test
    void malformedJsonIs400NotAServerError() {
        Api.Response response = Api.admin().post("/api/v1/users", "{not json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").toString()).contains("not valid JSON");
    }

    @Test
    void healthReadinessIsUpAndOpenApiIsServedWithoutSigningIn() {
        Api.Response ready = Api.anonymous().get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("database");

        Api.Response openapi = Api.anonymous().get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/users");
    }
}
