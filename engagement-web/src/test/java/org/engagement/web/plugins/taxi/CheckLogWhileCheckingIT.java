package org.engagement.web.plugins.taxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The log of renewal checks is read while checks are being logged. Reading the log first asks the log's writer to
 * write what is queued; that work once ran on a container executor that Payara gave a copy of the reader's
 * invocation, sharing its table of non-transactional EntityManagers, and closed them when the writer's task ended:
 * now and then the reader's next query met a closed EntityManager and the page answered 500.
 */
@ExtendWith(RunningApplication.class)
class CheckLogWhileCheckingIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final int PAGE_LOADS = 120;

    @Test
    void theCheckLogPageAndApiAnswerEveryTimeWhileChecksAreBeingLogged() throws Exception {
        String licence = "CL" + RUN + "-1";
        Api lead = Api.createUser("cl.lead." + RUN.toLowerCase(), "industry lead passphrase", "INDUSTRY_LEAD");
        String register =
                "licence_number,licence_type,surname,forenames,date_of_birth,licence_expiry,operator_name,status\n"
                        + licence + ",PRIVATE_HIRE,Hale,Ann,1980-01-01,"
                        + LocalDate.now().plusDays(30) + ",CL Cars " + RUN + ",ACTIVE\n";
        assertThat(lead.post("/api/v1/taxi/drivers/import", "text/csv", register.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(200);
        Api council = Api.createUser("cl.system." + RUN.toLowerCase(), "api client passphrase", "API_CLIENT");

        String session;
        try (Browser browser = Browser.open()) {
            browser.signInAsAdmin().go("/taxi/check-log.xhtml");
            assertThat(browser.textOnceContains(By.id("log:entries"), "checks")).contains("Licence number");
            Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(cookie).as("the administrator's session cookie").isNotNull();
            session = cookie.getName() + "=" + cookie.getValue();
        }

        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger checks = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> checkers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                checkers.add(pool.submit(() -> {
                    while (reading.get()) {
                        Api.Response check = council.get("/api/v1/taxi/drivers/" + licence + "/renewal-check");
                        assertThat(check.status()).as(check.body()).isEqualTo(200);
                        checks.incrementAndGet();
                    }
                    return null;
                }));
            }
            Future<List<String>> apiReader = pool.submit(() -> readTheApiLog(reading));
            List<String> pageFailures = loadThePage(session);
            reading.set(false);
            for (Future<?> checker : checkers) {
                checker.get(1, TimeUnit.MINUTES);
            }
            assertThat(apiReader.get(1, TimeUnit.MINUTES))
                    .as("API reads of the log that failed")
                    .isEmpty();
            assertThat(pageFailures).as("page loads of the log that failed").isEmpty();
            assertThat(checks.get()).as("checks logged while the log was read").isGreaterThan(PAGE_LOADS / 4);
        } finally {
            reading.set(false);
            pool.shutdownNow();
        }

        Api.Response log = Api.admin().get("/api/v1/taxi/check-log?licence=" + licence + "&size=1");
        assertThat(((Number) log.json().get("total")).intValue())
                .as("every check is in the log")
                .isEqualTo(checks.get());
    }

    /** Loads the page as the signed-in administrator; returns a line for each load that was not the log. */
    private static List<String> loadThePage(String session) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < PAGE_LOADS; i++) {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(RunningApplication.baseUrl() + "/taxi/check-log.xhtml"))
                            .header("Cookie", session)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200
                    || !page.body().contains("Log of renewal checks")
                    || !page.body().contains(" checks")) {
                failures.add("load " + i + ": HTTP " + page.statusCode() + " " + abbreviated(page.body()));
            }
        }
        return failures;
    }

    private static List<String> readTheApiLog(AtomicBoolean reading) {
        List<String> failures = new ArrayList<>();
        Api admin = Api.admin();
        while (reading.get()) {
            Api.Response log = admin.get("/api/v1/taxi/check-log?size=5");
            if (log.status() != 200) {
                failures.add("HTTP " + log.status() + " " + abbreviated(log.body()));
            }
        }
        return failures;
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
