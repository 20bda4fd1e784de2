package org.engagement.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.engagement.core.testing.TestPostgres;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.AuditRequest;
import org.engagement.web.testing.Json;
import org.engagement.web.testing.RunningApplication;
import org.engagement.web.testing.RunsBesideOtherTests;
import org.junit.jupiter.api.Test;

/**
 * The server is killed (SIGKILL of the Payara JVM, as {@code kill -9} by its process id) while a large register import,
 * audit saves and training-session saves are in flight, and restarted on the same data: the database opens, nothing is
 * half-written (no driver or person of the import, every audit with all its findings, every session with all its
 * attendees), and the same three operations then succeed first time. Runs on Derby and, in the build's PostgreSQL
 * run, on PostgreSQL; there the first start also shows the pool sizes (ENGAGEMENT_DB_POOL_MIN) taking effect. Two
 * server starts in all (one more for each further round, see ROUNDS).
 */
@RunsBesideOtherTests
class CrashRecoveryIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final String TEMPLATE = "VCF_SETTINGS";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    /** Big enough that the import runs for several seconds on either database (about 8 MB of CSV). */
    private static final int REGISTER_ROWS = 120_000;

    private static final Duration IMPORT_BEFORE_KILL = Duration.ofSeconds(4);
    /**
     * The import goes over HTTP/1.1 as the benchmark sends it: the JDK client's default HTTP/2 upgrade of a POST this
     * size ended in "EOF reached while reading" from Payara with no error on the server.
     */
    private static final HttpClient HTTP_1_1 =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static final int ATTENDEES = 25;
    /** Loops saving audits beside the import (and one saving training sessions). */
    private static final int LOOPS = 3;

    private static final int POOL_MIN = 3;
    /** The servers' logs (target/crash-derby-0.log, ...): the Derby and the PostgreSQL run each keep their own. */
    private static final String LOG_NAME = "crash-" + (TestPostgres.selected() ? "postgresql-" : "derby-");

    private static final String DPO = "crash.dpo";
    private static final String DPO_PASSWORD = "data protection passphrase";
    /**
     * Kill-and-restart rounds: one in the build. The Derby fault this guards against (XBCA0 on the first import after
     * a kill, see ConfiguredDataSource) showed in about one try in two, so to look for it run e.g.
     * {@code -Dengagement.crashRounds=6}.
     */
    private static final int ROUNDS = Integer.getInteger("engagement.crashRounds", 1);

    @Test
    void aServerKilledDuringAnImportAnAuditAndATrainingSessionLosesNothingAndTheSameWorkThenSucceeds()
            throws Exception {
        Path dataDir =
                Path.of(System.getProperty("engagement.testDir", "target"), "crash-db-" + System.currentTimeMillis());
        Map<String, String> settings =
                Map.of("ENGAGEMENT_DB_POOL_MIN", String.valueOf(POOL_MIN), "ENGAGEMENT_DB_POOL_MAX", "8");
        List<Long> organisations = new ArrayList<>();
        RunningApplication.Server server = RunningApplication.startSeparately(dataDir, LOG_NAME + 0, settings);
        try {
            if (TestPostgres.selected()) {
                assertThat(openConnections(dataDir))
                        .as("connections the pool holds open after start-up (ENGAGEMENT_DB_POOL_MIN)")
                        .isEqualTo(POOL_MIN);
            }
            Api admin = admin(server);
            createCourse(admin);
            createUser(admin, DPO, DPO_PASSWORD, "DATA_PROTECTION_OFFICER");
            for (int i = 0; i < LOOPS; i++) {
                organisations.add(communityGroup(admin, i));
            }
            for (int round = 1; round <= ROUNDS; round++) {
                byte[] register = register(round);
                killDuringTheWork(server, admin, register, organisations);
                server.close();
                server = RunningApplication.startSeparately(dataDir, LOG_NAME + round, settings);
                admin = admin(server);
                assertNothingHalfWritten(admin, server, organisations, round);

                HttpResponse<String> imported = importRegister(server, register);
                assertThat(imported.statusCode())
                        .as("round " + round + ": the same import after the restart: " + imported.body())
                        .isEqualTo(200);
                assertThat(imported.body()).contains("\"created\":" + REGISTER_ROWS + ",");
                Api.Response audit = admin.post(
                        audits(organisations.get(0)),
                        AuditRequest.ofCoreTemplate(admin).body());
                assertThat(audit.status()).as(audit.toString()).isEqualTo(201);
                Api.Response session = admin.post("/api/v1/training/sessions", session(organisations.get(0), 0));
                assertThat(session.status()).as(session.toString()).isEqualTo(201);
                assertThat(Files.readString(server.log())).doesNotContain("XBCA0");
            }
        } finally {
            server.close();
            RunningApplication.dropDatabaseOf(dataDir);
        }
    }

    /**
     * Starts the import, and keeps saving audits and training sessions in loops beside it; once audits and sessions
     * have been saved and the import has run a few seconds, kills the server while the import is still running. The
     * import, an audit save and a session save must each have had a request cut off by the kill, so the kill really was
     * in the middle of all three.
     */
    private static void killDuringTheWork(
            RunningApplication.Server server, Api admin, byte[] register, List<Long> organisations) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(1 + 2 * LOOPS);
        try {
            killDuringTheWork(server, admin, register, organisations, threads);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void killDuringTheWork(
            RunningApplication.Server server,
            Api admin,
            byte[] register,
            List<Long> organisations,
            ExecutorService threads)
            throws Exception {
        long importStarted = System.nanoTime();
        CompletableFuture<HttpResponse<String>> importing = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return importRegister(server, register);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                },
                threads);
        Map<String, Object> auditBody = AuditRequest.ofCoreTemplate(admin).body();
        AtomicInteger sessionNumber = new AtomicInteger(1);
        // Each loop on its own organisation, so that no two saves contend for one record's version.
        Saving audits =
                Saving.start(threads, organisations, organisation -> admin.post(audits(organisation), auditBody));
        // One loop of sessions only: two session saves side by side on Derby can deadlock in
        // Affiliation.findByOrganisation (one is refused with a 500 "try again"), a fault of its own, not a crash's.
        Saving sessions = Saving.start(
                threads,
                organisations.subList(0, 1),
                organisation -> admin.post(
                        "/api/v1/training/sessions", session(organisation, sessionNumber.getAndIncrement())));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        // Some seconds into the import (as the reported failure was), and once each loop has saved at least once.
        while ((audits.saved.get() == 0
                        || sessions.saved.get() == 0
                        || System.nanoTime() - importStarted < IMPORT_BEFORE_KILL.toNanos())
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(audits.saved.get()).as("audits saved before the kill").isPositive();
        assertThat(sessions.saved.get())
                .as("training sessions saved before the kill")
                .isPositive();
        assertThat(importing.isDone())
                .as("the import finished before the kill: make the register bigger")
                .isFalse();

        server.process().destroyForcibly();
        assertThat(server.process().waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(importing.handle((response, failure) -> failure).get(60, TimeUnit.SECONDS))
                .as("the import was cut off by the kill")
                .isNotNull();
        assertThat(audits.cutOff()).as("an audit save was cut off by the kill").isTrue();
        assertThat(sessions.cutOff())
                .as("a training-session save was cut off by the kill")
                .isTrue();
    }

    private static void assertNothingHalfWritten(
            Api admin, RunningApplication.Server server, List<Long> organisations, int round) {
        assertThat(admin.get("/api/v1/taxi/drivers?size=1&q=" + licencePrefix(round))
                        .json())
                .as("drivers of the interrupted import")
                .containsEntry("total", BigDecimal.ZERO);
        Api dpo = Api.as(DPO, DPO_PASSWORD).on(server.baseUrl());
        assertThat(dpo.get("/api/v1/privacy/people?size=1&q=" + importedSurname(round))
                        .json())
                .as("people of the interrupted import")
                .containsEntry("total", BigDecimal.ZERO);

        int standards = Json.objects(admin.get("/api/v1/audit-templates/" + TEMPLATE + "/versions/1")
                        .json()
                        .get("standards"))
                .size();
        int audits = 0;
        for (long organisation : organisations) {
            for (Map<String, Object> audit : admin.get(audits(organisation)).jsonList()) {
                Map<String, Object> one =
                        admin.get(audits(organisation) + "/" + audit.get("id")).json();
                assertThat(Json.objects(one.get("findings")))
                        .as("findings of audit " + audit.get("id"))
                        .hasSize(standards);
                audits++;
            }
        }
        assertThat(audits).as("audits saved before the kill").isPositive();

        List<Map<String, Object>> sessions =
                admin.get("/api/v1/training/sessions?from=2020-01-01&to=2020-12-31").jsonList().stream()
                        .filter(s -> ("CRASH-" + RUN).equals(s.get("courseCode")))
                        .toList();
        assertThat(sessions).as("training sessions saved before the kill").isNotEmpty();
        for (Map<String, Object> session : sessions) {
            assertThat(session).containsEntry("namedAttendees", BigDecimal.valueOf(ATTENDEES));
            assertThat(admin.get("/api/v1/training/sessions/" + session.get("id") + "/attendees")
                            .jsonList())
                    .as("attendees of session " + session.get("id"))
                    .hasSize(ATTENDEES);
        }
        assertThat(dpo.get("/api/v1/privacy/people?size=1&q=Trainee" + RUN).json())
                .as("people trained: exactly the attendees of the sessions that were saved")
                .containsEntry("total", BigDecimal.valueOf((long) sessions.size() * ATTENDEES));
    }

    /**
     * Saves in one loop per organisation given, side by side, until the kill, each ending at its first failure. A
     * failure other than a refused connection means that loop's request was in flight when the server died (a save
     * takes far longer on the server than the client takes between two requests, so a loop nearly always is).
     */
    private record Saving(AtomicInteger saved, List<CompletableFuture<Boolean>> loops) {

        static Saving start(ExecutorService threads, List<Long> organisations, LongFunction<Api.Response> save) {
            AtomicInteger saved = new AtomicInteger();
            List<CompletableFuture<Boolean>> loops = new ArrayList<>();
            for (long organisation : organisations) {
                loops.add(CompletableFuture.supplyAsync(
                        () -> {
                            while (true) {
                                Api.Response response;
                                try {
                                    response = save.apply(organisation);
                                } catch (UncheckedIOException failed) {
                                    return !(failed.getCause() instanceof ConnectException);
                                }
                                if (response.status() != 201) {
                                    throw new IllegalStateException("A save before the kill was refused: " + response);
                                }
                                saved.incrementAndGet();
                            }
                        },
                        threads));
            }
            return new Saving(saved, loops);
        }

        /** Whether one of the loops had a request in flight when the server was killed. */
        boolean cutOff() throws Exception {
            boolean any = false;
            for (CompletableFuture<Boolean> loop : loops) {
                any |= loop.get(60, TimeUnit.SECONDS);
            }
            return any;
        }
    }

    private static HttpResponse<String> importRegister(RunningApplication.Server server, byte[] register)
            throws IOException, InterruptedException {
        String credentials = "admin:" + RunningApplication.ADMIN_PASSWORD;
        return HTTP_1_1.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/taxi/drivers/import"))
                        .header("Content-Type", "text/csv")
                        .header("Accept", "application/json")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(register))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String licencePrefix(int round) {
        return "CR" + RUN + (char) ('A' + round) + "-";
    }

    private static String importedSurname(int round) {
        return "Imported" + RUN + (char) ('A' + round);
    }

    private static byte[] register(int round) {
        StringBuilder csv = new StringBuilder(
                "licence_number,licence_type,surname,forenames,date_of_birth,licence_expiry,operator_name,status\n");
        for (int i = 0; i < REGISTER_ROWS; i++) {
            csv.append(licencePrefix(round))
                    .append(i)
                    .append(",PRIVATE_HIRE,")
                    .append(importedSurname(round))
                    .append(",Driver ")
                    .append(i)
                    .append(",1980-02-01,2028-05-01,Crash Cars ")
                    .append(RUN)
                    .append(i % 20)
                    .append(",ACTIVE\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> session(long organisation, int number) {
        List<Map<String, Object>> attendees = new ArrayList<>();
        for (int i = 0; i < ATTENDEES; i++) {
            attendees.add(Map.of("name", "Trainee" + RUN + " " + number + "-" + i, "organisationId", organisation));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("courseCode", "CRASH-" + RUN);
        body.put("date", LocalDate.of(2020, 1, 1).plusDays(number % 300).toString());
        body.put("audience", "PROFESSIONALS");
        body.put("organisationIds", List.of(organisation));
        body.put("attendees", attendees);
        return body;
    }

    private static String audits(long organisation) {
        return "/api/v1/organisations/" + organisation + "/audits";
    }

    private static Api admin(RunningApplication.Server server) {
        return Api.as("admin", RunningApplication.ADMIN_PASSWORD).on(server.baseUrl());
    }

    private static void createCourse(Api admin) {
        Api.Response course = admin.post(
                "/api/v1/courses",
                Map.of(
                        "code",
                        "CRASH-" + RUN,
                        "title",
                        "Crash course " + RUN,
                        "level",
                        "LEVEL_2",
                        "delivery",
                        "FACE_TO_FACE",
                        "validityMonths",
                        24));
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
    }

    private static long communityGroup(Api admin, int number) {
        Api.Response created = admin.post(
                "/api/v1/organisations",
                Map.of("name", "Crash Centre " + RUN + " " + number, "type", "COMMUNITY_GROUP"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ((BigDecimal) created.json().get("id")).longValue();
    }

    private static void createUser(Api admin, String username, String password, String role) {
        Api.Response created = admin.post(
                "/api/v1/users",
                Map.of("username", username, "displayName", username, "password", password, "roles", List.of(role)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    /** Connections open on the server's PostgreSQL database, other than this one. */
    private static int openConnections(Path dataDir) throws Exception {
        TestPostgres.Database database = new TestPostgres.Database(
                Files.readString(dataDir.resolve("postgresql-database")).strip());
        try (Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
