package org.engagement.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.engagement.core.shared.Dates;
import org.engagement.core.testing.TestMailServer;
import org.engagement.core.testing.TestMailServer.Received;
import org.engagement.core.testing.TestPostgres;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.engagement.web.testing.RunningApplication.Server;
import org.engagement.web.testing.StallingMailRelay;
import org.engagement.web.testing.TestProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.Select;

/**
 * Two Payara Micro instances of the packaged application on one PostgreSQL database, clustered by Payara's own
 * Hazelcast data grid on loopback (TCP/IP discovery of the two members, a cluster name of this run's own, so that no
 * other server on the machine joins), behind HAProxy with the settings {@code scale/run} uses ({@code
 * scale/haproxy.cfg}), started once for every test of the class. The cluster needs PostgreSQL in both of the build's
 * runs: embedded Derby cannot be shared by two processes. The failover test kills an instance, so it runs last; the
 * same kill tests the take-over of the daily reminders that instance was in the middle of.
 *
 * <p>For that, both instances send email through a relay that holds up the first email ({@link StallingMailRelay}) to
 * the test's SMTP server, claims on a job's run last {@link #LEASE} (renewed while the run goes on), and the reminders
 * fall due a few seconds after B is started, so B (up when they fell due) starts the day's run; A, which the settings
 * tell that the run fell due at midnight, before it started, never starts a run itself but takes over one whose server
 * died. Officers with due reminders are made on A before B starts, so B's run finds them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** Each officer has one reminder due: a policy review of the organisation they lead. */
    private static final List<String> OFFICERS = List.of("cluster.olivia", "cluster.owen", "cluster.ola");

    private static final Duration LEASE = Duration.ofSeconds(8);

    private static TestPostgres.Database database;
    private static TestMailServer mail;
    private static StallingMailRelay mailRelay;
    private static Server a;
    private static Server b;
    private static TestProxy proxy;
    private static String proxyUrl;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        awayFromMidnight();
        database = TestPostgres.emptyDatabase();
        mail = new TestMailServer();
        mail.waitForQuietSenders(Duration.ofMinutes(10));
        mailRelay = new StallingMailRelay(mail.port());
        Map<String, String> environment = Map.of(
                "ENGAGEMENT_DB_URL", database.url(),
                "ENGAGEMENT_DB_USER", TestPostgres.user(),
                "ENGAGEMENT_DB_PASSWORD", TestPostgres.password(),
                "ENGAGEMENT_SMTP_HOST", "127.0.0.1",
                "ENGAGEMENT_SMTP_PORT", String.valueOf(mailRelay.port()),
                "ENGAGEMENT_SMTP_FROM", TestMailServer.FROM,
                "ENGAGEMENT_SMTP_STARTTLS", "false",
                // The held email waits for the test to kill its sender, however slow the machine.
                "ENGAGEMENT_SMTP_TIMEOUT_SECONDS", "600",
                "ENGAGEMENT_JOBS_LEASE", LEASE.toString());
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
                target.resolve("cluster-a-" + System.nanoTime()),
                "cluster-a",
                with(environment, "ENGAGEMENT_JOBS_DAILY_REMINDERS_AT", "00:00"),
                withPort(grid, gridPortA));
        OFFICERS.forEach(ClusterIT::officerWithAReminderDue);
        LocalTime remindersDue = LocalTime.now(Dates.UK).plusSeconds(3).withNano(0);
        b = RunningApplication.startClustered(
                target.resolve("cluster-b-" + System.nanoTime()),
                "cluster-b",
                with(environment, "ENGAGEMENT_JOBS_DAILY_REMINDERS_AT", remindersDue.toString()),
                withPort(grid, gridPortB));
        proxy = TestProxy.start(
                target.resolve("cluster-haproxy.log"),
                "127.0.0.1:" + URI.create(a.baseUrl()).getPort(),
                "127.0.0.1:" + URI.create(b.baseUrl()).getPort());
        proxyUrl = proxy.url();
    }

    private static Map<String, String> with(Map<String, String> environment, String name, String value) {
        Map<String, String> more = new HashMap<>(environment);
        more.put(name, value);
        return more;
    }

    /**
     * The reminders must fall due and be done on the day both instances started (at midnight A would be up when the
     * next day's run fell due, and start it): a start in the last ten minutes of a UK day waits for the next.
     */
    private static void awayFromMidnight() throws InterruptedException {
        ZonedDateTime now = ZonedDateTime.now(Dates.UK);
        ZonedDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay(Dates.UK);
        if (Duration.between(now, midnight).compareTo(Duration.ofMinutes(10)) < 0) {
            Thread.sleep(Duration.between(now, midnight).plusSeconds(5).toMillis());
        }
    }

    /** An officer with an address, leading an organisation whose policy review is a week away: one reminder due. */
    private static void officerWithAReminderDue(String username) {
        Api admin = Api.admin().on(a.baseUrl());
        String password = "the password of " + username;
        Api.Response created = admin.post(
                "/api/v1/users",
                Map.of(
                        "username", username,
                        "displayName", username,
                        "password", password,
                        "roles", List.of("FAITH_LEAD")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Map<String, Object> account = admin.get("/api/v1/users/" + username).json();
        Api.Response addressed = admin.put(
                "/api/v1/users/" + username,
                Map.of(
                        "version", account.get("version"),
                        "displayName", username,
                        "roles", List.of("FAITH_LEAD"),
                        "enabled", true,
                        "email", address(username)));
        assertThat(addressed.status()).as(addressed.toString()).isEqualTo(200);
        Api officer = Api.as(username, password).on(a.baseUrl());
        Api.Response organisation = officer.post(
                "/api/v1/organisations",
                Map.of("name", "Reminder Centre of " + username, "type", "COMMUNITY_GROUP", "leadOfficer", username));
        assertThat(organisation.status()).as(organisation.toString()).isEqualTo(201);
        long id = ((BigDecimal) organisation.json().get("id")).longValue();
        LocalDate today = LocalDate.now(Dates.UK);
        Api.Response profile = officer.put(
                "/api/v1/organisations/" + id + "/safeguarding",
                Map.of(
                        "version",
                        0,
                        "policyStatus",
                        "ADOPTED",
                        "adoptedOn",
                        today.minusYears(1).toString(),
                        "nextReviewDue",
                        today.plusDays(7).toString(),
                        "procedures",
                        List.of("REPORTING_A_CONCERN"),
                        "contactsOnDisplay",
                        true,
                        "dbsChecks",
                        "PARTLY"));
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
    }

    private static String address(String username) {
        return username + "@council.example";
    }

    @AfterAll
    static void stopTheCluster() {
        if (proxy != null) {
            proxy.close();
        }
        for (Server server : new Server[] {b, a}) {
            if (server != null) {
                server.close();
            }
        }
        if (database != null) {
            database.drop();
        }
        if (mail != null) {
            mail.close();
        }
    }

    /** Each instance migrated or found the schema migrated before any job looked for its run (job_run is made then). */
    @Test
    @Order(0)
    void noJobLooksForItsRunBeforeTheSchemaIsMigrated() throws IOException {
        for (Server server : new Server[] {a, b}) {
            assertThat(Files.readString(server.log()))
                    .as(server.log().toString())
                    .doesNotContain("\"job_run\" does not exist");
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
     * The issue's failover test and its job test, with one kill. B has started the day's reminders and its first email
     * is held up at the SMTP server, unaccepted, past the lease (B renews its claim); a user signed in through the proxy
     * on B is half-way through a new organisation. B is killed (SIGKILL, by its process id). The save goes to A, which
     * has the session from the data grid: the organisation is saved and the user is still signed in. A takes the
     * reminders over once B's claim has run out, and every reminder email arrives exactly once (the held one was never
     * accepted, so A sends it; the others B never reached).
     */
    @Test
    @Order(3)
    void aUserHalfWayThroughAFormAndTheDailyRemindersCarryOnWhenTheirInstanceIsKilled() throws Exception {
        Instant held = mailRelay
                .awaitHolding(3, TimeUnit.MINUTES)
                .orElseThrow(() -> new AssertionError("B's run of the daily reminders sent no email"));
        JobRun running = remindersRun();
        assertThat(running.holder())
                .as("the holder of the run")
                .startsWith(b.process().pid() + "@");
        try (Browser browser = Browser.open()) {
            browser.on(proxyUrl);
            Cookie instance = halfFillANewOrganisationOnB(browser);
            assertThat(instance)
                    .as("the proxy's cookie naming the instance that served the form")
                    .isNotNull();
            assertThat(instance.getValue()).as("served by B").isEqualTo("i2");
            // The run outlives its first lease while B is alive: B keeps it by renewing its claim.
            waitUntil(held.plus(LEASE).plusSeconds(2));
            assertThat(remindersRun())
                    .as("the run while B lives, "
                            + Duration.between(held, Instant.now()).toSeconds() + " s after the email was held up")
                    .isEqualTo(running);
            kill(b);

            browser.click(By.id("orgForm:save"));

            assertThat(browser.textOnceContains(By.id("keyFacts"), "DN1 3AA")).contains("Community group");
            assertThat(browser.visible(By.id("orgName")).getText()).isEqualTo("Failover Community Centre");
            assertThat(browser.driver().getCurrentUrl()).as("still signed in").doesNotContain("login");
            String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            Map<String, Object> saved = Api.admin()
                    .on(a.baseUrl())
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

        JobRun done = awaitFinishedRemindersRun();
        assertThat(done.holder())
                .as("the run's holder once done")
                .startsWith(a.process().pid() + "@");
        assertThat(done.claims()).as("claimed by B, then taken over by A").isEqualTo(2);
        List<Received> sent = mail.received();
        assertThat(sent)
                .extracting(email -> email.to().replaceAll(".*<(.*)>.*", "$1"))
                .as("every reminder email, once")
                .containsExactlyInAnyOrderElementsOf(
                        OFFICERS.stream().map(ClusterIT::address).toList());
    }

    /**
     * Signs in through the proxy on B (the instance in the middle of the reminders) and half fills a new organisation;
     * again, up to three times, if the proxy sent the browser to A, as it does while B's health check is slow to answer
     * on a loaded machine. A sign-in whose page was served by one instance and whose post reached the other may end on
     * the "page expired" page instead of signed in: that too is tried again from the start. Returns the proxy's cookie
     * naming the instance that served the form.
     */
    private static Cookie halfFillANewOrganisationOnB(Browser browser) {
        Cookie instance = null;
        for (int attempt = 0; attempt < 3 && (instance == null || !"i2".equals(instance.getValue())); attempt++) {
            if (attempt > 0) {
                browser.driver().manage().deleteAllCookies();
            }
            browser.driver().get(proxyUrl + "/login.xhtml");
            browser.driver().manage().deleteCookieNamed("ENGAGEMENT_INSTANCE");
            browser.driver().manage().addCookie(new Cookie("ENGAGEMENT_INSTANCE", "i2", "/"));
            if (!signedInAsAdmin(browser, attempt)) {
                continue;
            }
            browser.go("/organisations/list.xhtml");
            browser.click(By.id("list:newOrganisation"));
            browser.type(By.id("orgForm:name"), "Failover Community Centre");
            new Select(browser.visible(By.id("orgForm:type"))).selectByValue("COMMUNITY_GROUP");
            browser.type(By.id("orgForm:addressLine1"), "1 Cluster Street");
            browser.type(By.id("orgForm:town"), "Doncaster");
            browser.type(By.id("orgForm:postcode"), "DN1 3AA");
            instance = browser.driver().manage().getCookieNamed("ENGAGEMENT_INSTANCE");
        }
        return instance;
    }

    /** Signs in; false (and why, on the test's output) if the sign-in did not end signed in, unless the last try. */
    private static boolean signedInAsAdmin(Browser browser, int attempt) {
        try {
            browser.signInAsAdmin();
            return true;
        } catch (TimeoutException notSignedIn) {
            if (attempt == 2) {
                throw notSignedIn;
            }
            System.out.println("ClusterIT: sign-in " + (attempt + 1) + " did not end signed in, tried again: "
                    + notSignedIn
                            .getMessage()
                            .lines()
                            .filter(line -> line.startsWith("The browser was on"))
                            .findFirst()
                            .orElse(notSignedIn.getMessage()));
            return false;
        }
    }

    /** Today's row of the daily reminders in job_run, read from the cluster's database. */
    private record JobRun(String holder, int claims, boolean finished) {}

    private static JobRun remindersRun() throws SQLException {
        try (Connection c = DriverManager.getConnection(database.url(), TestPostgres.user(), TestPostgres.password());
                PreparedStatement select = c.prepareStatement(
                        "select holder, claims, finished_at from job_run where job = 'daily-reminders'")) {
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next())
                        .as("a run of the daily reminders in job_run")
                        .isTrue();
                JobRun run = new JobRun(row.getString(1), row.getInt(2), row.getTimestamp(3) != null);
                assertThat(row.next()).as("one run of the daily reminders").isFalse();
                return run;
            }
        }
    }

    /** A looks every ten seconds and takes over once B's claim has run out: a minute is plenty. */
    private static JobRun awaitFinishedRemindersRun() throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        JobRun run = remindersRun();
        while (!run.finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            run = remindersRun();
        }
        assertThat(run.finished())
                .as("the run finished within a minute of B's death: " + run)
                .isTrue();
        return run;
    }

    private static void waitUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
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
