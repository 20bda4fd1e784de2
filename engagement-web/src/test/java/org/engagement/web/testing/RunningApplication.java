package org.engagement.web.testing;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagement.core.testing.TestMailServer;
import org.engagement.core.testing.TestPostgres;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged WAR running on a real Payara Micro with a fresh embedded Derby, started once for the
 * whole test run and stopped when the run ends. API and browser tests talk to it over HTTP, exactly as
 * users and client systems do. Use with {@code @ExtendWith(RunningApplication.class)}. In the build's PostgreSQL
 * run ({@code -Dengagement.test.database=postgresql}) every server started here runs on a fresh, empty
 * PostgreSQL database of its own instead, configured by ENGAGEMENT_DB_URL as an operator would.
 */
public final class RunningApplication implements BeforeAllCallback {

    public static final String ADMIN_PASSWORD = "initial admin password for tests";
    /** Four minutes, or {@code -Dengagement.startupMinutes=N} on a machine too busy to start Payara in that time. */
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(Long.getLong("engagement.startupMinutes", 4));

    private static final Path TARGET = Path.of(System.getProperty("engagement.testDir", "target"));
    private static final Path POST_BOOT_COMMANDS = Path.of(System.getProperty(
            "engagement.postBootCommands", "../server-config/src/main/payara/post-boot-commands.asadmin"));
    private static volatile Server server;
    /** The run's SMTP server: the shared application sends its email here, and tests read it back. */
    private static volatile TestMailServer mail;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningApplication.class) {
            if (server == null) {
                TestMailServer smtp = new TestMailServer();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(TestMailServer.class, smtp);
                mail = smtp;
                Path dataDir = TARGET.resolve("app-db-" + System.currentTimeMillis());
                Server started = Server.start(dataDir, "running-application");
                // Stored in the root context: closed once, when the whole run ends, and its PostgreSQL database
                // dropped.
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Server.class, (AutoCloseable) () -> {
                    started.close();
                    Server.dropPostgresqlDatabase(dataDir);
                });
                server = started;
            }
        }
    }

    /** The SMTP server the shared application sends its email to. */
    public static TestMailServer mail() {
        if (mail == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(RunningApplication.class)");
        }
        return mail;
    }

    public static String baseUrl() {
        if (server == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(RunningApplication.class)");
        }
        return server.baseUrl;
    }

    /** A separate instance on its own data directory, for tests of restarts; close it when done. */
    public static Server startSeparately(Path dataDir, String name) throws IOException, InterruptedException {
        return Server.start(dataDir, name);
    }

    /** A separate instance with extra environment variables (settings), on its own data directory; close it when done. */
    public static Server startSeparately(Path dataDir, String name, Map<String, String> environment)
            throws IOException, InterruptedException {
        return Server.start(
                Path.of(System.getProperty("engagement.war", "target/engagement.war")), dataDir, name, environment);
    }

    /**
     * One member of a cluster: an instance with Payara's Hazelcast data grid on (every other instance of the tests runs
     * without it), joining the members the grid options name, with extra environment variables; close it when done.
     */
    public static Server startClustered(
            Path dataDir, String name, Map<String, String> environment, List<String> gridOptions)
            throws IOException, InterruptedException {
        return Server.start(
                Path.of(System.getProperty("engagement.war", "target/engagement.war")),
                dataDir,
                name,
                environment,
                gridOptions);
    }

    /** Drops the PostgreSQL database a separate instance on this data directory used (none on Derby). */
    public static void dropDatabaseOf(Path dataDir) throws IOException {
        Server.dropPostgresqlDatabase(dataDir);
    }

    /** A separate instance of another WAR (e.g. one built without a sector module) on its own data directory. */
    public static Server startSeparately(Path war, Path dataDir, String name) throws IOException, InterruptedException {
        return Server.start(war, dataDir, name);
    }

    /** One Payara Micro process serving the WAR. */
    public record Server(Process process, String baseUrl, Path log) implements AutoCloseable {

        static Server start(Path dataDir, String name) throws IOException, InterruptedException {
            return start(Path.of(System.getProperty("engagement.war", "target/engagement.war")), dataDir, name);
        }

        static Server start(Path war, Path dataDir, String name) throws IOException, InterruptedException {
            return start(war, dataDir, name, Map.of());
        }

        static Server start(Path war, Path dataDir, String name, Map<String, String> environment)
                throws IOException, InterruptedException {
            return start(war, dataDir, name, environment, List.of("--nohazelcast"));
        }

        static Server start(
                Path war, Path dataDir, String name, Map<String, String> environment, List<String> gridOptions)
                throws IOException, InterruptedException {
            Path target = TARGET;
            Path payara = Path.of(System.getProperty("payara.microJar", "target/payara/payara-micro.jar"));
            Path log = target.resolve(name + ".log");
            // A fresh root each start: Payara Micro redeploys whatever an old root still holds.
            Path root = target.resolve(name + "-payara-root-" + System.nanoTime());
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    new File(System.getProperty("java.home"), "bin/java").getPath(),
                    "-Xmx768m",
                    "-Duser.timezone=UTC",
                    "-Djava.io.tmpdir=" + target.toAbsolutePath(),
                    "-jar",
                    payara.toString()));
            command.addAll(gridOptions);
            command.addAll(List.of(
                    "--port",
                    String.valueOf(port),
                    "--contextroot",
                    "/",
                    "--rootdir",
                    root.toString(),
                    // The same boot commands as the run command and the bundle (e.g. no server banner).
                    "--prebootcommandfile",
                    preBootCommands(root, gridOptions).toString(),
                    "--postbootcommandfile",
                    POST_BOOT_COMMANDS.toString(),
                    "--postdeploycommandfile",
                    POST_BOOT_COMMANDS
                            .resolveSibling("post-deploy-commands.asadmin")
                            .toString(),
                    "--deploy",
                    war.toString()));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment()
                    .put("ENGAGEMENT_DATA_DIR", dataDir.toAbsolutePath().toString());
            builder.environment().put("ENGAGEMENT_ADMIN_PASSWORD", ADMIN_PASSWORD);
            // The start script's defaults for the pool sizes the post-deploy commands apply (a test may set others).
            builder.environment().put("ENGAGEMENT_DB_POOL_MIN", "2");
            builder.environment().put("ENGAGEMENT_DB_POOL_MAX", "32");
            // Every test signs in from this one address: the per-address throttle (SignInThrottleTest) would otherwise
            // lock the whole run out once the tests' deliberate failures add up. Per-account lockout stays as shipped.
            builder.environment().put("ENGAGEMENT_SIGNIN_ADDRESS_FREE_ATTEMPTS", "1000");
            if (mail != null) {
                builder.environment().put("ENGAGEMENT_SMTP_HOST", "127.0.0.1");
                builder.environment().put("ENGAGEMENT_SMTP_PORT", String.valueOf(mail.port()));
                builder.environment().put("ENGAGEMENT_SMTP_FROM", TestMailServer.FROM);
                builder.environment().put("ENGAGEMENT_SMTP_STARTTLS", "false");
            }
            if (TestPostgres.selected()) {
                onPostgresql(builder, dataDir);
            }
            builder.environment().putAll(environment);
            Server server = new Server(builder.start(), "http://localhost:" + port, log);
            server.awaitReady();
            return server;
        }

        /**
         * The pre-boot commands as the bundle's start script puts them together: an instance without the data grid also
         * keeps its sessions in memory (pre-boot-commands-alone.asadmin), a cluster member in the grid.
         */
        private static Path preBootCommands(Path root, List<String> gridOptions) throws IOException {
            Path common = POST_BOOT_COMMANDS.resolveSibling("pre-boot-commands.asadmin");
            if (!gridOptions.contains("--nohazelcast")) {
                return common;
            }
            Path combined = root.resolveSibling(root.getFileName() + "-pre-boot-commands.asadmin");
            Files.writeString(
                    combined,
                    Files.readString(common)
                            + Files.readString(POST_BOOT_COMMANDS.resolveSibling("pre-boot-commands-alone.asadmin")));
            return combined;
        }

        /**
         * The server's database on PostgreSQL: one per data directory, so that a restart on the same directory
         * (a restart test) finds the same database, as Derby would find its files.
         */
        private static void onPostgresql(ProcessBuilder builder, Path dataDir) throws IOException {
            Path named = dataDir.resolve("postgresql-database");
            TestPostgres.Database db;
            if (Files.exists(named)) {
                db = new TestPostgres.Database(Files.readString(named).strip());
            } else {
                db = TestPostgres.emptyDatabase();
                Files.createDirectories(dataDir);
                Files.writeString(named, db.name());
            }
            builder.environment().put("ENGAGEMENT_DB_URL", db.url());
            builder.environment().put("ENGAGEMENT_DB_USER", TestPostgres.user());
            builder.environment().put("ENGAGEMENT_DB_PASSWORD", TestPostgres.password());
        }

        static void dropPostgresqlDatabase(Path dataDir) throws IOException {
            Path named = dataDir.resolve("postgresql-database");
            if (Files.exists(named)) {
                new TestPostgres.Database(Files.readString(named).strip()).drop();
            }
        }

        private void awaitReady() throws IOException, InterruptedException {
            HttpClient http = HttpClient.newHttpClient();
            Instant deadline = Instant.now().plus(STARTUP_LIMIT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro stopped during start-up:\n" + tail());
                }
                try {
                    HttpResponse<Void> ready = http.send(
                            HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // keep waiting
                }
                Thread.sleep(500);
            }
            close();
            throw new IllegalStateException("The application was not ready within " + STARTUP_LIMIT + ":\n" + tail());
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
