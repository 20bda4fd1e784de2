package org.engagement.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the running application's own {@code /openapi} document lists: the whole API, as tests walk it. */
public final class OpenApi {

    private OpenApi() {}

    /** "METHOD /path" of every operation /openapi lists, with the media type its request body takes (or null). */
    @SuppressWarnings("unchecked")
    public static Map<String, String> operations() {
        HttpResponse<String> document;
        try {
            document = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(RunningApplication.baseUrl() + "/openapi"))
                                    .header("Accept", "application/json")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(document.statusCode()).isEqualTo(200);
        Map<String, Object> openApi = JsonbBuilder.create().fromJson(document.body(), Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) openApi.get("paths");
        Map<String, String> operations = new LinkedHashMap<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (List.of("get", "put", "post", "delete", "patch").contains(method)) {
                Map<String, Object> body = (Map<String, Object>) ((Map<String, Object>) operation).get("requestBody");
                Map<String, Object> content = body == null ? null : (Map<String, Object>) body.get("content");
                String type = content == null || content.isEmpty()
                        ? null
                        : content.keySet().iterator().next();
                operations.put(method.toUpperCase() + " " + (path.startsWith("/api/") ? path : "/api/v1" + path), type);
            }
        }));
        return operations;
    }
}
