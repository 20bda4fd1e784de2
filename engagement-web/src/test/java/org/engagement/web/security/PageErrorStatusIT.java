package org.engagement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A form posted without the page's script nonce (a forged post) or for a view the server no longer has (a stale tab)
 * is the client's error: the expired page with status 400, not 500 (the security scan saw a 500 for every form it
 * posted).
 */
@ExtendWith(RunningApplication.class)
class PageErrorStatusIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void aFormPostedWithoutThePagesNonceOrForAViewThatIsGoneIsABadRequest() throws Exception {
        String page = send(HttpRequest.newBuilder(uri()).GET()).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        assertThat(viewState.find()).isTrue();

        HttpResponse<String> noNonce = post(viewState.group(1));
        HttpResponse<String> staleView = post("-1:-1");

        for (HttpResponse<String> refused : java.util.List.of(noNonce, staleView)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("Your page had expired");
        }
    }

    private HttpResponse<String> post(String viewState) throws Exception {
        String body = "login=login&login%3Ausername=someone&login%3Apassword=whatever&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri() {
        return URI.create(RunningApplication.baseUrl() + "/login.xhtml");
    }
}
