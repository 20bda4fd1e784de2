package org.engagement.web.testing;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A client of the running application's REST API, signed in with HTTP Basic (or not at all). */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Jsonb JSON = JsonbBuilder.create();

    private final String authorization;
    private final String base;

    private Api(String authorization) {
        this(authorization, null);
    }

    private Api(String authorization, String base) {
        this.authorization = authorization;
        this.base = base;
    }

    /** The same caller talking to another server, e.g. one started with {@link RunningApplication#startSeparately}. */
    public Api on(String baseUrl) {
        return new Api(authorization, baseUrl);
    }

    public static Api as(String username, String password) {
        return new Api("Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Api admin() {
        return as("admin", RunningApplication.ADMIN_PASSWORD);
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    public Response post(String path, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Creates an account through the API as the initial administrator; returns an API client signed in as it. */
    public static Api createUser(String username, String password, String... roles) {
        return admin().withNewUser(username, password, roles);
    }

    /**
     * Creates an account through the API as this (administrator) client, on this client's server; returns an API
     * client signed in as the new account on the same server.
     */
    public Api withNewUser(String username, String password, String... roles) {
        Response created = post(
                "/api/v1/users",
                Map.of("username", username, "displayName", username, "password", password, "roles", List.of(roles)));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create " + username + ": " + created);
        }
        return as(username, password).on(base);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create((base == null ? RunningApplication.baseUrl() : base) + path))
                .header("Accept", "application/json, text/plain;q=0.9");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.toJson(body));
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, body and headers of one API response. */
    public record Response(int status, byte[] bytes, Map<String, List<String>> headers) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The JSON body as maps, lists, strings, BigDecimals and booleans. */
        public Map<String, Object> json() {
            return Json.object(JSON.fromJson(body(), Map.class));
        }

        public List<Map<String, Object>> jsonList() {
            return Json.objects(JSON.fromJson(body(), List.class));
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst()
                    .map(e -> e.getValue().get(0))
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }
}
