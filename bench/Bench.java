import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark: builds a realistic synthetic data set from a seed, loads it (through the application's
 * import endpoints where they exist, by JDBC batch into the stopped application's database where they do
 * not), runs the workloads that matter against a running application on embedded Derby with -Xmx512m,
 * and writes every figure, with the floor it is measured against, to BENCHMARKS.md.
 *
 * <p>Run it with {@code bench/run [--quick] [--seed N]}; it needs only the JDK and the Derby jars that
 * {@code bench/run} copies. Load is generated with the JDK's HttpClient from 8 threads, each sending its
 * next request as soon as the last one answered (a closed loop, like 8 clerks at 8 counters).
 */
public class Bench {

    static final String ADMIN_PASSWORD = "benchmark administrator password";
    static final String PASSWORD = "benchmark user password";
    static final int CONNECTIONS = 8;
    static final int ROUNDS = 3;

    final boolean quick;
    final long seed;
    final double scale;
    final Path repo;
    final Path work;
    final Path dataDir;
    final Database database;
    final int instances;
    final Configuration configuration;
    final Map<String, String> results = new LinkedHashMap<>();
    final List<String[]> table = new ArrayList<>();
    Target server;

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        boolean quick = arguments.contains("--quick");
        long seed = 20261126L;
        String only = null;
        String db = "derby";
        int instances = 1;
        for (int i = 0; i < args.length - 1; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--only" -> only = args[i + 1];
                case "--db" -> db = args[i + 1];
                case "--instances" -> instances = Integer.parseInt(args[i + 1]);
                default -> {
                    // a flag, or the value of the option before it
                }
            }
        }
        if (instances != 1 && instances != 2) {
            throw new IllegalArgumentException("--instances takes 1 or 2");
        }
        if (instances == 2) {
            db = "postgres"; // a cluster shares one PostgreSQL database (embedded Derby is one process's)
        }
        if (!db.equals("derby") && !db.equals("postgres")) {
            throw new IllegalArgumentException("--db takes derby or postgres");
        }
        if (arguments.contains("--render")) {
            Path repo = Path.of("").toAbsolutePath();
            new Report(SavedRun.readAll(repo.resolve("bench/results")), seed).write(repo.resolve("BENCHMARKS.md"));
            log("Rendered BENCHMARKS.md from bench/results");
            return;
        }
        Bench bench = new Bench(quick, seed, db.equals("postgres"), instances);
        if (only == null) {
            bench.run();
        } else {
            bench.runOnly(only);
        }
    }

    Bench(boolean quick, long seed, boolean postgres, int instances) throws IOException {
        this.quick = quick;
        this.seed = seed;
        this.scale = quick ? 0.1 : 1.0;
        this.repo = Path.of("").toAbsolutePath();
        this.work = repo.resolve("bench/target/run-" + System.currentTimeMillis());
        this.dataDir = work.resolve("data");
        this.database = postgres ? Database.postgresql() : Database.derby(dataDir);
        this.instances = instances;
        this.configuration = Configuration.of(postgres, instances);
        Files.createDirectories(work);
    }

    /** A server (or, with --instances 2, a cluster behind the proxy) on this run's database. */
    Target startTarget(String name) throws Exception {
        return instances == 1
                ? Server.start(repo, work, dataDir, name, database.serverEnvironment(), List.of(), 0)
                : Cluster.start(repo, work, dataDir, name, database.serverEnvironment());
    }

    /**
     * Runs one workload against a fresh server and prints its row, leaving BENCHMARKS.md as it is (a single workload
     * cannot rewrite the whole report): for measuring one change without the ten-minute run.
     */
    void runOnly(String workload) throws Exception {
        Map<String, Workload> workloads = Map.of(
                "organisation-import",
                this::measureOrganisationImport,
                "register-import",
                this::timeFirstRegisterImport);
        Workload chosen = workloads.get(workload);
        if (chosen == null) {
            throw new IllegalArgumentException("--only takes one of " + workloads.keySet());
        }
        database.recreate();
        server = startTarget("bench");
        try {
            prepareAccountsAndRule(new Api(server.base, "admin", ADMIN_PASSWORD));
            attempt(workload, chosen);
        } finally {
            server.close();
        }
        table.forEach(row -> log("| " + String.join(" | ", row) + " |"));
    }

    int scaled(int full) {
        return (int) Math.round(full * scale);
    }

    void run() throws Exception {
        long started = System.nanoTime();
        results.put("startLoad", String.format(Locale.UK, "%.1f", loadAverage()));
        Dataset data = new Dataset(seed, scaled(50_000), scaled(100_000), scaled(300_000), scaled(1_000_000));
        log("Scale " + (quick ? "quick (1/10)" : "full") + ", seed " + seed + ", " + configuration.title
                + ", work folder " + work);
        database.recreate();

        attempt("Cold start", this::measureColdStart);
        loadByJdbc(data);
        attempt("JDBC floor for the register import", () -> measureImportFloor(data));

        server = startTarget("bench");
        try {
            prepareAccountsAndRule(new Api(server.base, "admin", ADMIN_PASSWORD));
            attempt("Licence-register import", () -> measureRegisterImport(data));
            attempt("Driver training import", () -> measureTrainingImport(data));
            attempt("Renewal check API", () -> measureRenewalChecks(data));
            attempt("Organisation list", this::measureOrganisationList);
            attempt("Quarterly training report", this::measureQuarterlyReport);
            // Last: the organisations it adds would change what the list and report workloads above measure.
            attempt("Organisation import", this::measureOrganisationImport);
            if (server instanceof Cluster cluster) {
                // After everything else: it kills an instance, whose restart would otherwise disturb the figures above.
                attempt(LOAD_SURVIVED, () -> measureLoadSurvived(data, cluster));
            }
        } finally {
            server.close();
        }
        results.put("heap", server.peakHeapAfterGc());
        results.put("total", String.format(Locale.UK, "%.1f min", (System.nanoTime() - started) / 60e9));
        results.put("date", LocalDate.now().toString());
        results.put("commit", commit());
        results.put("quick", String.valueOf(quick));
        results.put(
                "machine",
                String.format(
                        Locale.UK,
                        "%d cores, %s, %d GiB",
                        Runtime.getRuntime().availableProcessors(),
                        Report.cpuModel(),
                        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                        .getTotalMemorySize()
                                / (1 << 30)));
        results.put(
                "software",
                "Java " + System.getProperty("java.version") + ", Payara Micro 6.2025.10, " + database.software()
                        + ", application heap -Xmx512m"
                        + (instances == 2 ? "; two instances (data grid on loopback) behind " + haproxyVersion() : ""));
        results.put("dataSet", data.describe(quick));
        Path saved = repo.resolve("bench/results/" + configuration.file);
        SavedRun.of(configuration, results, table).write(saved);
        new Report(SavedRun.readAll(repo.resolve("bench/results")), seed).write(repo.resolve("BENCHMARKS.md"));
        log("Saved " + repo.relativize(saved) + " and wrote BENCHMARKS.md in " + results.get("total"));
    }

    static String haproxyVersion() {
        try {
            Matcher version = Pattern.compile("version (\\S+)").matcher(run(List.of("haproxy", "-v")));
            return version.find() ? "HAProxy " + version.group(1) : "HAProxy";
        } catch (Exception e) {
            return "HAProxy";
        }
    }

    /** The commit the run measured (the working tree's HEAD; "+ changes" when the tree differs from it). */
    String commit() {
        try {
            String head = run(List.of("git", "-C", repo.toString(), "rev-parse", "--short", "HEAD"))
                    .strip();
            // The figures an earlier run wrote are not a change to what is measured.
            String changes = run(List.of(
                            "git",
                            "-C",
                            repo.toString(),
                            "status",
                            "--porcelain",
                            "--untracked-files=no",
                            "--",
                            ".",
                            ":!bench/results",
                            ":!BENCHMARKS.md"))
                    .strip();
            return changes.isEmpty() ? head : head + " + changes";
        } catch (Exception e) {
            return "unknown";
        }
    }

    // ---------------------------------------------------------------- workloads

    interface Workload {
        void run() throws Exception;
    }

    /** A workload that fails is reported as failed, with the reason, and the others still run. */
    void attempt(String name, Workload workload) {
        try {
            workload.run();
        } catch (Exception | AssertionError e) {
            row(name, "**failed**: " + String.valueOf(e).replace('|', '/').replace('\n', ' '), "—", false, "—");
        }
    }

    void measureColdStart() throws Exception {
        List<Double> seconds = new ArrayList<>();
        int[] ports = {freePort(), freePort()};
        for (int i = 0; i < ROUNDS; i++) {
            // In a cluster, the first member: it starts with the data grid on and its partner not yet up.
            Server s = instances == 1
                    ? Server.start(repo, work, dataDir, "cold-start-" + i, database.serverEnvironment(), List.of(), 0)
                    : Cluster.member(
                            repo,
                            work,
                            dataDir,
                            "cold-start-" + i,
                            database.serverEnvironment(),
                            Cluster.gridOptions("engagement-bench-cold-" + i + "-" + System.nanoTime(), ports),
                            ports,
                            0,
                            0,
                            "");
            seconds.add(s.startSeconds);
            s.close();
        }
        Stats stats = Stats.of(seconds);
        row(
                "Cold start to /health/ready (-Xmx512m)",
                stats.describe("s"),
                "≤ 25 s",
                stats.median <= 25,
                instances == 1 ? "—" : "a cluster member, data grid on");
    }

    void loadByJdbc(Dataset data) throws SQLException {
        long t = System.nanoTime();
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            data.insertOrganisations(c);
            data.insertAttendances(c);
            c.commit();
            database.afterBulkLoad(c);
        } finally {
            database.release();
        }
        log(String.format(
                Locale.UK,
                "Loaded %,d organisations and %,d attendances by JDBC in %.1f s",
                data.organisations,
                data.attendances,
                secondsSince(t)));
    }

    void measureImportFloor(Dataset data) throws SQLException {
        Stats stats = Stats.of(jdbcRounds(data::jdbcFloorInsert));
        results.put("floorSeconds", String.valueOf(stats.median));
        row(
                String.format(Locale.UK, "Floor: plain JDBC batch insert of the same %,d register rows", data.drivers),
                stats.describe("s"),
                "—",
                true,
                "—");
        results.put("floorDescribe", stats.describe("s"));
        measureImportWrites(data);
    }

    interface JdbcRound {
        double seconds(Connection c) throws SQLException;
    }

    /** Each round's seconds, on one connection to the stopped application's database. */
    List<Double> jdbcRounds(JdbcRound round) throws SQLException {
        List<Double> seconds = new ArrayList<>();
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            for (int i = 0; i < ROUNDS; i++) {
                seconds.add(round.seconds(c));
            }
        } finally {
            database.release();
        }
        return seconds;
    }

    /** Not a target's floor: what bounds the import, measured the same way (see {@link Dataset#jdbcImportWrites}). */
    void measureImportWrites(Dataset data) throws SQLException {
        List<Double> seconds = jdbcRounds(data::jdbcImportWrites);
        Stats stats = Stats.of(seconds);
        results.put("importWritesSeconds", String.valueOf(stats.median));
        row(
                String.format(
                        Locale.UK,
                        "Bound: plain JDBC batch insert of the rows a first import writes (%,d people and %,d drivers,"
                                + " into the application's tables and indexes; rolled back)",
                        data.drivers,
                        data.drivers),
                stats.describe("s"),
                "—",
                true,
                String.format(
                        Locale.UK, "%.2f× the floor", stats.median / Double.parseDouble(results.get("floorSeconds"))));
    }

    void prepareAccountsAndRule(Api admin) {
        admin.createUser("bench.industry", "INDUSTRY_LEAD");
        admin.createUser("bench.viewer", "VIEWER");
        admin.createUser("bench.client", "API_CLIENT");
        // A rule change names the version it replaces, as every change does.
        String current = admin.send("GET", "/api/v1/taxi/renewal-rule", null, null, 200);
        Matcher version = Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(current);
        if (!version.find()) {
            throw new IllegalStateException("GET /api/v1/taxi/renewal-rule answered without a version: " + current);
        }
        admin.send(
                "PUT",
                "/api/v1/taxi/renewal-rule",
                "application/json",
                "{\"qualifyingCourseCodes\":[\"" + Dataset.COURSE + "\"],\"validityMonths\":36,\"recencyMonths\":null,"
                        + "\"version\":" + version.group(1) + "}",
                200,
                204);
    }

    /**
     * The first import creates every driver; importing the same file again finds every line unchanged; importing
     * the register a year on (every licence renewed) and then the first one again changes every line each time.
     */
    void measureRegisterImport(Dataset data) {
        Api industry = new Api(server.base, "bench.industry", PASSWORD);
        byte[] csv = data.registerCsv(0);
        byte[] renewed = data.registerCsv(365);
        double created = timeImport(industry, csv);
        double unchanged = timeImport(industry, csv);
        Stats changed = Stats.of(List.of(timeImport(industry, renewed), timeImport(industry, csv)));
        double floor = Double.parseDouble(results.get("floorSeconds"));
        double rate = data.drivers / created;
        // On PostgreSQL the issue asks for twice Derby's rate.
        int minRate = database instanceof Database.Postgresql ? 20_000 : 10_000;
        String target = String.format(Locale.UK, "≥ %,d rows/s; ≤ 3× floor", minRate);
        row(
                String.format(
                        Locale.UK,
                        "Licence-register import, %,d rows, first import (creates drivers, people, operators)",
                        data.drivers),
                String.format(Locale.UK, "%.2f s = %,.0f rows/s", created, rate),
                target,
                rate >= minRate && created <= 3 * floor,
                String.format(
                        Locale.UK,
                        "floor %s; ratio %.2f×%s",
                        results.get("floorDescribe"),
                        created / floor,
                        results.containsKey("importWritesSeconds")
                                ? String.format(
                                        Locale.UK,
                                        "; %.2f× the bound",
                                        created / Double.parseDouble(results.get("importWritesSeconds")))
                                : ""));
        row(
                String.format(
                        Locale.UK,
                        "Licence-register re-import, %,d rows, every line changed (licences renewed)",
                        data.drivers),
                changed.describe("s") + String.format(Locale.UK, " = %,.0f rows/s", data.drivers / changed.median),
                target,
                data.drivers / changed.median >= minRate && changed.median <= 3 * floor,
                String.format(Locale.UK, "ratio %.2f×", changed.median / floor));
        row(
                String.format(
                        Locale.UK,
                        "Licence-register re-import, %,d rows, the same file again (every line unchanged)",
                        data.drivers),
                String.format(Locale.UK, "%.2f s = %,.0f rows/s", unchanged, data.drivers / unchanged),
                target,
                data.drivers / unchanged >= minRate && unchanged <= 3 * floor,
                String.format(Locale.UK, "ratio %.2f×", unchanged / floor));
    }

    /** The first register import alone, for profiling it (with BENCH_SERVER_OPTS) without the whole run. */
    void timeFirstRegisterImport() {
        Dataset data = new Dataset(seed, 0, scaled(100_000), 0, 0);
        double seconds = timeImport(new Api(server.base, "bench.industry", PASSWORD), data.registerCsv(0));
        row(
                String.format(Locale.UK, "Licence-register import, %,d rows, first import", data.drivers),
                String.format(Locale.UK, "%.2f s = %,.0f rows/s", seconds, data.drivers / seconds),
                "≥ 10,000 rows/s",
                data.drivers / seconds >= 10_000,
                "—");
    }

    double timeImport(Api industry, byte[] csv) {
        long t = System.nanoTime();
        industry.send("POST", "/api/v1/taxi/drivers/import", "text/csv", csv, 200, 201);
        return secondsSince(t);
    }

    void measureTrainingImport(Dataset data) {
        Api industry = new Api(server.base, "bench.industry", PASSWORD);
        List<byte[]> files = data.trainingCsvFiles();
        long t = System.nanoTime();
        for (byte[] file : files) {
            industry.send("POST", "/api/v1/taxi/training/import", "text/csv", file, 200, 201);
        }
        double seconds = secondsSince(t);
        row(
                String.format(
                        Locale.UK,
                        "Driver training import, %,d rows (%d file%s: one import takes at most %,d rows)",
                        data.driverTraining,
                        files.size(),
                        files.size() == 1 ? "" : "s",
                        Dataset.ROWS_PER_IMPORT),
                String.format(Locale.UK, "%.2f s = %,.0f rows/s", seconds, data.driverTraining / seconds),
                "—",
                true,
                "—");
    }

    void measureRenewalChecks(Dataset data) throws Exception {
        double loadBefore = quietLoad();
        Api anonymous = new Api(server.base, null, null);
        Api client = new Api(server.base, "bench.client", PASSWORD);
        Duration round = Duration.ofSeconds(quick ? 5 : 15);
        Random random = new Random(seed);
        List<Load> loads = Load.alternating(
                round,
                CONNECTIONS,
                List.of(
                        new Traffic(i -> anonymous.request("/api/v1/ping"), anonymous.http),
                        new Traffic(
                                i -> client.request("/api/v1/taxi/drivers/" + data.licence(random.nextInt(data.drivers))
                                        + "/renewal-check"),
                                client.http)));
        Load floor = loads.get(0);
        Load checks = loads.get(1);
        double ratio = checks.throughput.median / floor.throughput.median;
        double load = loadBefore;
        results.put("checkLoad", String.format(Locale.UK, "%.1f", load));
        judgedRow(
                "Renewal check API, 8 connections, random licence numbers, API client (Basic)",
                checks.throughput.describe("req/s") + "; p99 " + checks.p99.describe("ms"),
                "≥ 50% of floor req/s; p99 ≤ 10 ms",
                ratio >= 0.5 && checks.p99.median <= 10,
                load,
                String.format(
                        Locale.UK,
                        "floor (GET /api/v1/ping, no auth): %s, p99 %s; ratio %.0f%%; mean latency"
                                + " (connections ÷ rate): checks %.1f ms, floor %.1f ms",
                        floor.throughput.describe("req/s"),
                        floor.p99.describe("ms"),
                        ratio * 100,
                        1000.0 * CONNECTIONS / checks.throughput.median,
                        1000.0 * CONNECTIONS / floor.throughput.median));
        if (checks.errors > 0) {
            row("Renewal check errors", checks.errors + " non-200 answers", "0", false, "—");
        }
        crossCheckWithWrk(data, round);
    }

    /**
     * The issue's cross-check: the same server measured by {@code wrk} (a C client, so the load generator costs less
     * of the 2 cores than the JDK's), 8 connections, random licence numbers, signed in as the API client. If its figure
     * and the JDK client's disagree, the benchmark's own client is the suspect.
     */
    void crossCheckWithWrk(Dataset data, Duration round) throws Exception {
        String target = "≥ 50% of floor req/s; p99 ≤ 10 ms";
        String name = "Renewal check API, wrk cross-check (8 connections, random licence numbers, API client)";
        if (!onPath("wrk")) {
            row(name, "not run: wrk is not installed (apt-get install -y wrk)", target, false, "—");
            return;
        }
        Path script = renewalCheckScript(data);
        double load = quietLoad();
        double[] floor = wrk(round, null, server.base + "/api/v1/ping");
        double[] checks = wrk(round, script, server.base + "/");
        double ratio = checks[0] / floor[0];
        judgedRow(
                name,
                String.format(Locale.UK, "%,.0f req/s; p99 %.1f ms", checks[0], checks[1]),
                target,
                ratio >= 0.5 && checks[1] <= 10,
                load,
                String.format(
                        Locale.UK,
                        "floor (wrk, GET /api/v1/ping): %,.0f req/s, p99 %.1f ms; ratio %.0f%%",
                        floor[0],
                        floor[1],
                        ratio * 100));
    }

    /** A wrk script sending renewal checks for random licence numbers of the data set, as the API client. */
    Path renewalCheckScript(Dataset data) throws IOException {
        Path licences = work.resolve("licences.txt");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < data.drivers; i++) {
            numbers.add(data.licence(i));
        }
        Files.write(licences, numbers);
        Path script = work.resolve("renewal-check.lua");
        Files.writeString(
                script, """
                local licences = {}
                for line in io.lines("%s") do licences[#licences + 1] = line end
                math.randomseed(%d)
                request = function()
                  local n = licences[math.random(#licences)]
                  return wrk.format("GET", "/api/v1/taxi/drivers/" .. n .. "/renewal-check",
                    {["Authorization"] = "%s", ["Accept"] = "application/json"})
                end
                """.formatted(licences, seed, new Api(server.base, "bench.client", PASSWORD).authorization));
        return script;
    }

    static final String LOAD_SURVIVED =
            "Load survived: renewal checks through the proxy (wrk, 8 connections, 60 s) while instance 1 is killed"
                    + " (kill -9) and restarted";

    /** The load's least length, as the issue sets it. */
    static final int LOAD_SURVIVED_SECONDS = 60;
    /** How long the load goes on once the killed instance is back, so that it rejoins under load and serves some. */
    static final int LOAD_AFTER_REJOIN_SECONDS = 15;

    /**
     * The cluster's figure (issue 16): wrk sends renewal checks through the proxy; 10 s in, instance 1 is killed by its
     * process id and started again at once. The load lasts 60 s, or longer when the restart needs it: until 15 s after
     * the instance is back, so its rejoining is always under load (wrk is stopped by SIGINT, on which it reports as at
     * the end of its time). Every request must still be answered 200 (the proxy resends a GET that found its instance
     * dead); the p99 over the whole run is set beside one instance's wrk figure.
     */
    void measureLoadSurvived(Dataset data, Cluster cluster) throws Exception {
        String target =
                "0 failed requests (non-2xx answers and socket errors), the instance back and serving under load";
        if (!onPath("wrk")) {
            row(LOAD_SURVIVED, "not run: wrk is not installed (apt-get install -y wrk)", target, false, "—");
            return;
        }
        Path script = renewalCheckScript(data);
        quietLoad();
        Path output = work.resolve("load-survived-wrk.txt");
        Process wrk = new ProcessBuilder(
                        "wrk",
                        "-t2",
                        "-c" + CONNECTIONS,
                        "-d" + LOAD_SURVIVED_SECONDS * 5 + "s", // a ceiling: stopped by SIGINT below
                        "--latency",
                        "--timeout",
                        "10s",
                        "-s",
                        script.toString(),
                        server.base + "/")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        long started = System.nanoTime();
        double killedAt;
        double backAt;
        double stoppedAt;
        try {
            Thread.sleep(10_000);
            killedAt = secondsSince(started);
            cluster.kill(0);
            log(String.format(Locale.UK, "Killed instance 1 (kill -9) %.1f s into the load; restarting it", killedAt));
            cluster.restart(0, "bench");
            backAt = secondsSince(started);
            double until = Math.max(LOAD_SURVIVED_SECONDS, backAt + LOAD_AFTER_REJOIN_SECONDS);
            Thread.sleep((long) ((until - backAt) * 1000));
            stoppedAt = secondsSince(started);
            run(List.of("kill", "-INT", Long.toString(wrk.pid())));
            if (!wrk.waitFor(1, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("wrk did not stop within a minute of SIGINT");
            }
        } finally {
            wrk.destroyForcibly();
        }
        String out = Files.readString(output);
        Matcher total = Pattern.compile("(\\d+) requests in").matcher(out);
        Matcher rate = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(out);
        Matcher p99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!total.find() || !rate.find() || !p99.find()) {
            throw new IllegalStateException("wrk said: " + out);
        }
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)").matcher(out);
        long refused = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        long socketErrors = 0;
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                socketErrors += Long.parseLong(socket.group(g));
            }
        }
        double p99Millis = Double.parseDouble(p99.group(1)) * millisPer(p99.group(2));
        String single = SavedRun.figure(
                repo.resolve("bench/results/" + Configuration.POSTGRESQL.file),
                "Renewal check API, wrk cross-check (8 connections, random licence numbers, API client)");
        row(
                LOAD_SURVIVED,
                String.format(
                        Locale.UK,
                        "%,d requests, %d failed (non-2xx %d; socket errors %d); %,.0f req/s; p99 %,.1f ms",
                        Long.parseLong(total.group(1)),
                        refused + socketErrors,
                        refused,
                        socketErrors,
                        Double.parseDouble(rate.group(1)),
                        p99Millis),
                target,
                refused + socketErrors == 0,
                String.format(
                        Locale.UK,
                        "load for %.0f s; instance 1 killed %.0f s in, ready again %.0f s later, then %.0f s more of"
                                + " load; one instance (PostgreSQL column, wrk cross-check): %s",
                        stoppedAt,
                        killedAt,
                        backAt - killedAt,
                        stoppedAt - backAt,
                        single == null ? "not measured yet" : single));
    }

    private static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }

    static double millisPer(String unit) {
        return switch (unit) {
            case "us" -> 0.001;
            case "s" -> 1000;
            default -> 1;
        };
    }

    /** Requests per second and p99 in milliseconds of one {@code wrk} run of the round's length after a warm-up. */
    double[] wrk(Duration round, Path script, String url) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "wrk", "-t2", "-c" + CONNECTIONS, "-d" + round.toSeconds() + "s", "--latency", "--timeout", "10s"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        List<String> warmUp = new ArrayList<>(command);
        warmUp.set(3, "-d5s");
        run(warmUp);
        String out = run(command);
        Matcher rate = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(out);
        Matcher p99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!rate.find() || !p99.find()) {
            throw new IllegalStateException("wrk said: " + out);
        }
        return new double[] {
            Double.parseDouble(rate.group(1)), Double.parseDouble(p99.group(1)) * millisPer(p99.group(2))
        };
    }

    static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /**
     * The load average once the bench's own earlier work has died down (up to two minutes), taken before a measurement
     * that is judged only on a quiet machine: what loads the cores then is other work. The load during the measurement
     * is not the judge, since the server and the load generator themselves fill both cores (last runs said "not
     * judged" at 6.6 with nothing else running).
     */
    static double quietLoad() throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (loadAverage() > cores / 2.0 && System.nanoTime() < until) {
            Thread.sleep(5_000);
        }
        return loadAverage();
    }

    /** The 1-minute load average, or -1 where the system does not say. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * A row whose target is judged only on a quiet machine: with other work on the cores (a load average above half
     * of them), a throughput ratio or p99 says more about the neighbours than about the application, so the row says
     * "not judged" and the load, rather than met or missed.
     */
    void judgedRow(String workload, String measured, String target, boolean met, double load, String floor) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (load < 0 || load > cores / 2.0) {
            String verdict = String.format(Locale.UK, "not judged: load average %.1f on %d cores", load, cores);
            table.add(new String[] {workload, measured, target, verdict, floor});
            log(workload + ": " + measured + " (" + verdict + ")");
        } else {
            row(workload, measured, target, met, floor);
        }
    }

    void measureOrganisationList() throws Exception {
        Api viewer = new Api(server.base, "bench.viewer", PASSWORD);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("first page", "/api/v1/organisations?page=0&size=25");
        queries.put(
                "name filter",
                "/api/v1/organisations?q=" + URLEncoder.encode("mosque", StandardCharsets.UTF_8) + "&page=0&size=25");
        queries.put("sort by name, descending", "/api/v1/organisations?sort=name&desc=true&page=0&size=25");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            Stats stats = Stats.timeMillis(20, () -> viewer.send("GET", query.getValue(), null, null, 200));
            row(
                    "Organisation list API, " + scaledLabel(50_000) + " organisations: " + query.getKey(),
                    stats.describe("ms"),
                    "≤ 150 ms",
                    stats.median <= 150,
                    "—");
        }
        Browserless page = Browserless.signIn(server.base, "bench.viewer", PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("first page", "/organisations/list.xhtml");
        pages.put("name filter", "/organisations/list.xhtml?q=mosque");
        for (Map.Entry<String, String> p : pages.entrySet()) {
            Stats stats = Stats.timeMillis(20, () -> page.get(p.getValue()));
            row(
                    "Organisation list page (HTML), " + scaledLabel(50_000) + " organisations: " + p.getKey(),
                    stats.describe("ms"),
                    "≤ 150 ms",
                    stats.median <= 150,
                    "—");
        }
    }

    /**
     * The spreadsheet import of organisations a partnership starts with (issue 18): 50,000 rows through the import API
     * as a sector lead, each checked by the organisation's rules and written with its history, all or nothing.
     */
    void measureOrganisationImport() {
        int rows = scaled(50_000);
        StringBuilder csv = new StringBuilder("Name,Type,Postcode,Town\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Bench Business ")
                    .append(i)
                    .append(",Business or employer,DN")
                    .append(i % 9 + 1)
                    .append(' ')
                    .append(i % 10)
                    .append((char) ('A' + i % 26))
                    .append((char) ('A' + i / 26 % 26))
                    .append(",Doncaster\n");
        }
        Api industry = new Api(server.base, "bench.industry", PASSWORD);
        long t = System.nanoTime();
        industry.send(
                "POST",
                "/api/v1/imports/organisations?duplicates=SKIP",
                "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8),
                200);
        double seconds = secondsSince(t);
        double target = 60.0 * rows / 50_000;
        row(
                String.format(Locale.UK, "Organisation import (spreadsheet, API), %,d rows", rows),
                String.format(Locale.UK, "%.1f s = %,.0f rows/s", seconds, rows / seconds),
                String.format(Locale.UK, "≤ %.0f s (50,000 in a minute)", target),
                seconds <= target,
                "—");
    }

    void measureQuarterlyReport() {
        Api viewer = new Api(server.base, "bench.viewer", PASSWORD);
        LocalDate to = Dataset.TODAY;
        String path = "/api/v1/reports/training-by-quarter?from=" + to.minusYears(10) + "&to=" + to;
        Stats stats = Stats.timeMillis(10, () -> viewer.send("GET", path, null, null, 200));
        row(
                "Quarterly training report, " + scaledLabel(1_000_000) + " attendances over ten years",
                stats.describe("ms"),
                "≤ 1 s",
                stats.median <= 1000,
                "—");
    }

    String scaledLabel(int full) {
        return String.format(Locale.UK, "%,d", scaled(full));
    }

    void row(String workload, String measured, String target, boolean met, String floor) {
        table.add(new String[] {workload, measured, target, target.equals("—") ? "—" : met ? "met" : "**missed**", floor
        });
        log(workload + ": " + measured
                + (target.equals("—") ? "" : " (target " + target + ": " + (met ? "met" : "MISSED") + ")"));
    }

    static void log(String line) {
        System.out.println("[bench " + LocalDateTime.now().withNano(0) + "] " + line);
    }

    // ---------------------------------------------------------------- the data set

    /** Synthetic but shaped like the real thing, and the same for the same seed. */
    static final class Dataset {

        static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
        /** The taxi module's own course (added when the module prepares at start-up), qualifying under its default rule. */
        static final String COURSE = "TAXI-CSE";
        /** The most rows one register or training import takes (the import refuses a bigger file). */
        static final int ROWS_PER_IMPORT = 200_000;

        static final String[] TYPES = {
            "COMMUNITY_GROUP",
            "SCHOOL",
            "PARTNER_AGENCY",
            "OTHER",
            "MOSQUE",
            "MADRASSA",
            "CHURCH",
            "GURDWARA",
            "TEMPLE",
            "TAXI_OPERATOR",
            "TAKEAWAY",
            "RETAILER",
            "HOTEL",
            "LANDLORD"
        };
        static final String[] SECTORS = {
            "COMMUNITY",
            "COMMUNITY",
            "STATUTORY",
            "COMMUNITY",
            "FAITH",
            "FAITH",
            "FAITH",
            "FAITH",
            "FAITH",
            "INDUSTRY",
            "INDUSTRY",
            "INDUSTRY",
            "INDUSTRY",
            "INDUSTRY"
        };
        static final String[] WORDS = {
            "Central",
            "North",
            "Bridge",
            "Market",
            "Station",
            "Park",
            "Hill",
            "Green",
            "Mosque",
            "Church",
            "Community",
            "Centre",
            "Kebab",
            "Pizza",
            "Hotel",
            "Cabs",
            "Taxis",
            "Lettings",
            "Trust",
            "Academy"
        };
        static final String[] SURNAMES = {
            "Khan", "Smith", "Hussain", "Jones", "Ahmed", "Taylor", "Ali", "Brown", "Singh", "Wilson", "Patel", "Evans",
            "Begum", "Walker", "Kaur", "Wright"
        };
        static final String[] FORENAMES = {
            "Mohammed",
            "John",
            "Imran",
            "David",
            "Tariq",
            "Paul",
            "Asif",
            "Mark",
            "Jaspal",
            "Steven",
            "Ravi",
            "Gary",
            "Nadeem",
            "Lee",
            "Harpreet",
            "Chris"
        };
        static final String[] AUDIENCES = {"CHILDREN_YOUNG_PEOPLE", "PROFESSIONALS", "PARENTS_CARERS", "COMMUNITY"};

        final long seed;
        final int organisations;
        final int drivers;
        final int driverTraining;
        final int attendances;

        Dataset(long seed, int organisations, int drivers, int driverTraining, int attendances) {
            this.seed = seed;
            this.organisations = organisations;
            this.drivers = drivers;
            this.driverTraining = driverTraining;
            this.attendances = attendances;
        }

        String describe(boolean quick) {
            return String.format(
                    Locale.UK,
                    "%,d organisations; %,d drivers; %,d driver training records; %,d session attendances over ten years%s",
                    organisations,
                    drivers,
                    driverTraining,
                    attendances,
                    quick ? " (quick: one tenth)" : "");
        }

        /**
         * The i-th driver's licence number: random-looking, as a council's register is (issued over decades, in
         * several formats), not a sequence. A sequence puts consecutive drivers on the same index pages, which
         * flatters Derby's page cache; the issue's cross-check used random numbers. SplitMix64's finaliser is a
         * bijection, so the numbers are unique, and the seed makes them reproducible.
         */
        String licence(int i) {
            long z = seed * 0x9E3779B97F4A7C15L + (i + 1L) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z = z ^ (z >>> 31);
            return "L" + Long.toUnsignedString(z, 36).toUpperCase(Locale.ROOT);
        }

        void insertOrganisations(Connection c) throws SQLException {
            Random r = new Random(seed);
            java.sql.Timestamp now = java.sql.Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into organisation (id, version, name, name_key, type_code, sector,"
                            + " town, postcode, status, lead_officer, updated_at, updated_by) values (?, 1, ?, ?, ?, ?, 'Doncaster', ?, ?, ?, ?, 'bench')")) {
                for (int i = 0; i < organisations; i++) {
                    int type = r.nextInt(TYPES.length);
                    String name = WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + " " + (i + 1);
                    ps.setLong(1, 1_000_000_000L + i);
                    ps.setString(2, name);
                    ps.setString(3, name.toLowerCase(Locale.ROOT));
                    ps.setString(4, TYPES[type]);
                    ps.setString(5, SECTORS[type]);
                    ps.setString(
                            6,
                            "DN" + (1 + r.nextInt(12)) + " " + r.nextInt(10) + (char) ('A' + r.nextInt(26))
                                    + (char) ('A' + r.nextInt(26)));
                    ps.setString(7, new String[] {"PROSPECT", "ENGAGED", "ACTIVE", "DORMANT", "CLOSED"}[r.nextInt(5)]);
                    ps.setString(8, "officer" + r.nextInt(20));
                    ps.setTimestamp(9, now);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }

        /**
         * Ten years of sessions, each with about 20 named attendees: one training record per person per
         * session, as the application's own session attendance creates them.
         */
        void insertAttendances(Connection c) throws SQLException {
            Random r = new Random(seed + 1);
            java.sql.Timestamp now = java.sql.Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
            long courseId = 1_000_000_000L;
            try (Statement s = c.createStatement()) {
                s.executeUpdate(
                        "insert into training_course (id, version, code, title, level_code, delivery, validity_months, updated_at, updated_by)"
                                + " values (" + courseId
                                + ", 1, 'CSE-AWARE', 'CSE awareness', 'AWARENESS', 'FACE_TO_FACE', 36, CURRENT_TIMESTAMP, 'bench')");
            }
            int perSession = 20;
            int sessions = Math.max(1, attendances / perSession);
            int people = Math.max(1, attendances / 5);
            try (PreparedStatement person =
                    c.prepareStatement("insert into person (id, version, name, lawful_basis, updated_at, updated_by)"
                            + " values (?, 1, ?, 'LEGITIMATE_INTERESTS', ?, 'bench')")) {
                for (int p = 0; p < people; p++) {
                    person.setLong(1, 1_000_000_000L + p);
                    person.setString(
                            2, FORENAMES[r.nextInt(FORENAMES.length)] + " " + SURNAMES[r.nextInt(SURNAMES.length)]);
                    person.setTimestamp(3, now);
                    person.addBatch();
                    if (p % 1000 == 999) {
                        person.executeBatch();
                    }
                }
                person.executeBatch();
            }
            try (PreparedStatement session = c.prepareStatement(
                            "insert into training_session (id, version, course_id, held_on, audience_code,"
                                    + " headcount, named_count, updated_at, updated_by) values (?, 1, ?, ?, ?, 0, ?, ?, 'bench')");
                    PreparedStatement record = c.prepareStatement(
                            "insert into training_record (id, version, person_id, course_id, session_id,"
                                    + " completed_on, valid_until, source) values (?, 1, ?, ?, ?, ?, ?, 'SESSION')")) {
                long recordId = 1_000_000_000L;
                for (int i = 0; i < sessions; i++) {
                    LocalDate held = TODAY.minusDays(r.nextInt(3650));
                    long sessionId = 1_000_000_000L + i;
                    session.setLong(1, sessionId);
                    session.setLong(2, courseId);
                    session.setDate(3, java.sql.Date.valueOf(held));
                    session.setString(4, AUDIENCES[r.nextInt(AUDIENCES.length)]);
                    session.setInt(5, perSession);
                    session.setTimestamp(6, now);
                    session.addBatch();
                    for (int a = 0; a < perSession; a++) {
                        record.setLong(1, recordId++);
                        // Distinct people within a session: each person counts once per session.
                        record.setLong(
                                2,
                                1_000_000_000L
                                        + (int) (((long) i * perSession + a + r.nextInt(4) * perSession) % people));
                        record.setLong(3, courseId);
                        record.setLong(4, sessionId);
                        record.setDate(5, java.sql.Date.valueOf(held));
                        record.setDate(
                                6, java.sql.Date.valueOf(held.plusMonths(36).minusDays(1)));
                        record.addBatch();
                    }
                    if (i % 100 == 99) {
                        session.executeBatch();
                        record.executeBatch();
                    }
                }
                session.executeBatch();
                record.executeBatch();
            }
        }

        /** The floor for the register import: the same rows by plain JDBC batch into a table of the same shape. */
        double jdbcFloorInsert(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.executeUpdate(
                        "create table bench_floor_driver (licence_number varchar(20) not null primary key,"
                                + " licence_type varchar(20) not null, surname varchar(100) not null, forenames varchar(100) not null,"
                                + " date_of_birth date not null, licence_expiry date not null, operator_name varchar(200), status varchar(20) not null)");
                c.commit();
            }
            long t = System.nanoTime();
            Random r = new Random(seed + 2);
            try (PreparedStatement ps =
                    c.prepareStatement("insert into bench_floor_driver values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < drivers; i++) {
                    String[] row = registerRow(i, r);
                    ps.setString(1, row[0]);
                    ps.setString(2, row[1]);
                    ps.setString(3, row[2]);
                    ps.setString(4, row[3]);
                    ps.setDate(5, java.sql.Date.valueOf(LocalDate.parse(row[4])));
                    ps.setDate(6, java.sql.Date.valueOf(LocalDate.parse(row[5])));
                    ps.setString(7, row[6]);
                    ps.setString(8, row[7]);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            double seconds = secondsSince(t);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("drop table bench_floor_driver");
                c.commit();
            }
            return seconds;
        }

        /**
         * What Derby itself needs for the rows a first register import writes: a person and a driver per line, by plain
         * JDBC batch into the application's own tables (so with their indexes), timed to the commit point, then rolled
         * back. The import cannot beat this; the gap between the two is the application's own cost.
         */
        double jdbcImportWrites(Connection c) throws SQLException {
            long t = System.nanoTime();
            Random r = new Random(seed + 2);
            long firstId = 2_000_000_000L; // above the ids of the people the loader wrote
            java.sql.Timestamp now = java.sql.Timestamp.valueOf(LocalDateTime.now());
            java.sql.Date today = java.sql.Date.valueOf(TODAY);
            try (PreparedStatement person =
                            c.prepareStatement("insert into person (id, version, name, lawful_basis, consent_notes,"
                                    + " updated_at, updated_by) values (?, 1, ?, 'PUBLIC_TASK', ?, ?, 'bench')");
                    PreparedStatement driver =
                            c.prepareStatement("insert into taxi_driver (id, version, licence_number, licence_type,"
                                    + " surname, forenames, date_of_birth, licence_expiry, status, operator_id, person_id, updated_at, updated_by,"
                                    + " registered_on) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?)")) {
                for (int i = 0; i < drivers; i++) {
                    String[] row = registerRow(i, r);
                    long id = firstId + i;
                    person.setLong(1, id);
                    person.setString(2, row[3] + " " + row[2]);
                    person.setString(3, "Licensed driver " + row[0] + " (licence register)");
                    person.setTimestamp(4, now);
                    person.addBatch();
                    driver.setLong(1, id);
                    driver.setString(2, row[0]);
                    driver.setString(3, row[1]);
                    driver.setString(4, row[2]);
                    driver.setString(5, row[3]);
                    driver.setDate(6, java.sql.Date.valueOf(LocalDate.parse(row[4])));
                    driver.setDate(7, java.sql.Date.valueOf(LocalDate.parse(row[5])));
                    driver.setString(8, row[7]);
                    // 300 operators, as in the register; no constraint ties operator_id to the organisation table.
                    if (row[6].isEmpty()) {
                        driver.setNull(9, java.sql.Types.BIGINT);
                    } else {
                        driver.setLong(9, firstId + Math.floorMod(row[6].hashCode(), 300));
                    }
                    driver.setLong(10, id);
                    driver.setTimestamp(11, now);
                    driver.setDate(12, today);
                    driver.addBatch();
                    if (i % 1000 == 999) {
                        person.executeBatch();
                        driver.executeBatch();
                    }
                }
                person.executeBatch();
                driver.executeBatch();
            }
            double seconds = secondsSince(t);
            c.rollback();
            return seconds;
        }

        String[] registerRow(int i, Random r) {
            String type = new String[] {"HACKNEY_CARRIAGE", "PRIVATE_HIRE", "PRIVATE_HIRE", "DUAL"}[r.nextInt(4)];
            String status = r.nextInt(50) == 0 ? "SUSPENDED" : r.nextInt(80) == 0 ? "REVOKED" : "ACTIVE";
            // 300 private-hire operators, as in the register of the issue's cross-check (a large borough's count).
            String operator = type.equals("HACKNEY_CARRIAGE") ? "" : WORDS[r.nextInt(3)] + " Cars " + r.nextInt(100);
            return new String[] {
                licence(i),
                type,
                SURNAMES[r.nextInt(SURNAMES.length)],
                FORENAMES[r.nextInt(FORENAMES.length)],
                LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28))
                        .toString(),
                TODAY.plusDays(r.nextInt(1095)).toString(),
                operator,
                status
            };
        }

        /** The register, with every licence's expiry moved on by the given number of days (a renewal). */
        byte[] registerCsv(int renewedByDays) {
            Random r = new Random(seed + 2);
            StringBuilder csv = new StringBuilder(
                    "licence_number,licence_type,surname,forenames,date_of_birth,licence_expiry,operator_name,status\n");
            for (int i = 0; i < drivers; i++) {
                String[] row = registerRow(i, r);
                row[5] = LocalDate.parse(row[5]).plusDays(renewedByDays).toString();
                csv.append(String.join(",", row)).append('\n');
            }
            return csv.toString().getBytes(StandardCharsets.UTF_8);
        }

        /** About three records per driver over the last six years; some drivers have none. */
        /**
         * The training export in files of at most {@link #ROWS_PER_IMPORT} rows, the most one import takes; a file
         * break falls between two drivers' records only by chance, which the import does not mind.
         */
        List<byte[]> trainingCsvFiles() {
            Random r = new Random(seed + 3);
            List<byte[]> files = new ArrayList<>();
            for (int first = 0; first < driverTraining; first += ROWS_PER_IMPORT) {
                files.add(trainingCsv(r, first, Math.min(driverTraining, first + ROWS_PER_IMPORT)));
            }
            return files;
        }

        private byte[] trainingCsv(Random r, int from, int to) {
            StringBuilder csv = new StringBuilder("licence_number,course_code,completed_on,certificate_number\n");
            for (int i = from; i < to; i++) {
                // Every driver the same number of records (three at full scale), as in the issue's cross-check; in
                // file order by driver, as a council's training export is.
                int driver = (int) ((long) i * drivers / driverTraining);
                LocalDate completed = TODAY.minusDays(1 + r.nextInt(6 * 365));
                csv.append(licence(driver))
                        .append(',')
                        .append(COURSE)
                        .append(',')
                        .append(completed)
                        .append(",CERT-")
                        .append(i)
                        .append('\n');
            }
            return csv.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    // ---------------------------------------------------------------- measuring

    record Stats(double median, double min, double max, int n) {

        static Stats of(List<Double> values) {
            double[] sorted =
                    values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = sorted.length % 2 == 1
                    ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
            return new Stats(median, sorted[0], sorted[sorted.length - 1], sorted.length);
        }

        /** Median of {@code runs} timed calls, after three untimed warm-up calls. */
        static Stats timeMillis(int runs, Runnable call) {
            for (int i = 0; i < 3; i++) {
                call.run();
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                call.run();
                millis.add((System.nanoTime() - t) / 1e6);
            }
            return of(millis);
        }

        String describe(String unit) {
            String format = median >= 100 ? "%,.0f" : "%,.1f";
            return String.format(
                    Locale.UK,
                    format + " %s (median of %d; %s–%s)",
                    median,
                    unit,
                    n,
                    String.format(Locale.UK, format, min),
                    String.format(Locale.UK, format, max));
        }
    }

    /** Several rounds of a closed loop from N threads: throughput and p99 latency per round. */
    /** Requests to send in a closed loop, and the client to send them with. */
    record Traffic(IntFunction<HttpRequest> request, HttpClient http) {}

    record Load(Stats throughput, Stats p99, long errors) {

        /**
         * Runs the workloads in alternating rounds (A, B, A, B ...) after a warm-up of each, so that all of them
         * meet the same background (garbage collection, Derby's checkpoints after an import) and none is
         * measured on a quieter machine than the other. Returns one result per workload, in order.
         */
        static List<Load> alternating(Duration round, int threads, List<Traffic> workloads)
                throws InterruptedException {
            for (Traffic w : workloads) {
                runRound(Duration.ofSeconds(3), threads, w.request(), w.http());
            }
            List<List<Double>> rates = new ArrayList<>();
            List<List<Double>> p99s = new ArrayList<>();
            long[] errors = new long[workloads.size()];
            workloads.forEach(w -> {
                rates.add(new ArrayList<>());
                p99s.add(new ArrayList<>());
            });
            for (int i = 0; i < ROUNDS; i++) {
                for (int w = 0; w < workloads.size(); w++) {
                    long[][] latencies = new long[threads][];
                    AtomicLong failed = new AtomicLong();
                    long elapsed = runRound(
                            round,
                            threads,
                            workloads.get(w).request(),
                            workloads.get(w).http(),
                            latencies,
                            failed);
                    long[] all = Arrays.stream(latencies)
                            .flatMapToLong(Arrays::stream)
                            .sorted()
                            .toArray();
                    rates.get(w).add(all.length / (elapsed / 1e9));
                    p99s.get(w).add(all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1e6);
                    errors[w] += failed.get();
                }
            }
            List<Load> loads = new ArrayList<>();
            for (int w = 0; w < workloads.size(); w++) {
                loads.add(new Load(Stats.of(rates.get(w)), Stats.of(p99s.get(w)), errors[w]));
            }
            return loads;
        }

        static void runRound(Duration round, int threads, IntFunction<HttpRequest> request, HttpClient http)
                throws InterruptedException {
            runRound(round, threads, request, http, new long[threads][], new AtomicLong());
        }

        static long runRound(
                Duration round,
                int threads,
                IntFunction<HttpRequest> request,
                HttpClient http,
                long[][] latencies,
                AtomicLong failed)
                throws InterruptedException {
            CountDownLatch done = new CountDownLatch(threads);
            long start = System.nanoTime();
            long end = start + round.toNanos();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                new Thread(() -> {
                            long[] mine = new long[1 << 16];
                            int count = 0;
                            while (System.nanoTime() < end) {
                                long sent = System.nanoTime();
                                try {
                                    int status = http.send(request.apply(count), HttpResponse.BodyHandlers.discarding())
                                            .statusCode();
                                    if (status != 200) {
                                        failed.incrementAndGet();
                                    }
                                } catch (IOException | InterruptedException e) {
                                    failed.incrementAndGet();
                                }
                                if (count == mine.length) {
                                    mine = Arrays.copyOf(mine, count * 2);
                                }
                                mine[count++] = System.nanoTime() - sent;
                            }
                            latencies[thread] = Arrays.copyOf(mine, count);
                            done.countDown();
                        })
                        .start();
            }
            done.await();
            return System.nanoTime() - start;
        }
    }

    // ---------------------------------------------------------------- talking to the application

    static final class Api {

        final HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        final String base;
        final String authorization;

        Api(String base, String username, String password) {
            this.base = base;
            this.authorization = username == null
                    ? null
                    : "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        HttpRequest request(String path) {
            HttpRequest.Builder b =
                    HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, text/plain");
            return (authorization == null ? b : b.header("Authorization", authorization)).build();
        }

        void createUser(String username, String role) {
            send(
                    "POST",
                    "/api/v1/users",
                    "application/json",
                    "{\"username\":\"" + username + "\",\"displayName\":\"" + username + "\",\"password\":\"" + PASSWORD
                            + "\",\"roles\":[\"" + role + "\"]}",
                    201);
        }

        String send(String method, String path, String contentType, Object body, int... expected) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofMinutes(10))
                    .header("Accept", "application/json");
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            HttpRequest.BodyPublisher publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : body instanceof byte[] bytes
                            ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                            : HttpRequest.BodyPublishers.ofString(body.toString());
            try {
                HttpResponse<String> response =
                        http.send(b.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
                for (int ok : expected) {
                    if (response.statusCode() == ok) {
                        return response.body();
                    }
                }
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body()
                                .substring(0, Math.min(500, response.body().length())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Signs in through the real login form (JSF view state and session cookie) and fetches pages. */
    static final class Browserless {

        final HttpClient http;
        final String base;

        private Browserless(HttpClient http, String base) {
            this.http = http;
            this.base = base;
        }

        static Browserless signIn(String base, String username, String password) throws Exception {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new java.net.CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            String login = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(login);
            if (!state.find()) {
                throw new IllegalStateException("No view state on the login page");
            }
            String form = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                    + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
            HttpResponse<String> home = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (!home.body().contains("Sign out")) {
                throw new IllegalStateException("Signing in through the form failed");
            }
            return new Browserless(http, base);
        }

        void get(String path) {
            try {
                HttpResponse<String> page = http.send(
                        HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + page.statusCode());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /** Where the workloads send their requests: one server, or a cluster behind its proxy. */
    abstract static class Target implements AutoCloseable {

        final String base;

        Target(String base) {
            this.base = base;
        }

        abstract String peakHeapAfterGc();

        @Override
        public abstract void close();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The packaged application on Payara Micro with -Xmx512m, as the README's run command starts it. */
    static final class Server extends Target {

        final Process process;
        final int port;
        final double startSeconds;
        final Path gcLog;

        private Server(Process process, String base, int port, double startSeconds, Path gcLog) {
            super(base);
            this.process = process;
            this.port = port;
            this.startSeconds = startSeconds;
            this.gcLog = gcLog;
        }

        /**
         * Starts the bundle's server with the given environment (the database's settings). No grid options: alone,
         * without the data grid and with sessions in memory, as the start script runs one instance. Grid options: a
         * cluster member, with the start script's common pre-boot commands. Port 0: a free one.
         */
        static Server start(
                Path repo,
                Path work,
                Path dataDir,
                String name,
                Map<String, String> environment,
                List<String> gridOptions,
                int fixedPort)
                throws Exception {
            Path bundle = repo.resolve("server-config/target/bundle");
            int port = fixedPort == 0 ? freePort() : fixedPort;
            Path gcLog = work.resolve(name + "-gc.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-Duser.timezone=UTC",
                    "-Xlog:gc:file=" + gcLog));
            // Extra JVM options for profiling, e.g. BENCH_SERVER_OPTS='-XX:StartFlightRecording=filename=app.jfr'.
            String extra = System.getenv("BENCH_SERVER_OPTS");
            if (extra != null && !extra.isBlank()) {
                command.addAll(List.of(extra.trim().split("\\s+")));
            }
            command.addAll(List.of("-jar", bundle.resolve("payara-micro.jar").toString()));
            command.addAll(gridOptions.isEmpty() ? List.of("--nohazelcast") : gridOptions);
            command.addAll(List.of(
                    "--port",
                    String.valueOf(port),
                    "--contextroot",
                    "/",
                    "--rootdir",
                    work.resolve(name + "-root").toString(),
                    "--prebootcommandfile",
                    bundle.resolve(
                                    gridOptions.isEmpty()
                                            // Alone: sessions in memory, as the bundle's start script sets it.
                                            ? "pre-boot-commands-alone.asadmin"
                                            : "pre-boot-commands.asadmin")
                            .toString(),
                    "--postbootcommandfile",
                    bundle.resolve("post-boot-commands.asadmin").toString(),
                    "--deploy",
                    bundle.resolve("engagement.war").toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve(name + ".log").toFile());
            builder.environment().put("ENGAGEMENT_DATA_DIR", dataDir.toString());
            builder.environment().put("ENGAGEMENT_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().putAll(environment);
            long t = System.nanoTime();
            Process process = builder.start();
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newHttpClient();
            while (System.nanoTime() - t < Duration.ofMinutes(3).toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "Payara Micro stopped during start-up; see " + work.resolve(name + ".log"));
                }
                try {
                    if (http.send(
                                            HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        double seconds = secondsSince(t);
                        log(String.format(Locale.UK, "%s ready in %.1f s", name, seconds));
                        return new Server(process, base, port, seconds, gcLog);
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(100);
            }
            process.destroyForcibly();
            throw new IllegalStateException("Not ready within 3 minutes; see " + work.resolve(name + ".log"));
        }

        /**
         * The largest heap occupancy after a collection that evacuates (young, mixed or full), from the GC log: what
         * the application really needs. G1's remark and cleanup pauses free no young objects, so theirs would count
         * garbage as well.
         */
        @Override
        String peakHeapAfterGc() {
            try {
                Matcher m = Pattern.compile("Pause (?:Young|Full)[^\\n]*?->(\\d+)M\\((\\d+)M\\)")
                        .matcher(Files.readString(gcLog));
                int peak = 0;
                while (m.find()) {
                    peak = Math.max(peak, Integer.parseInt(m.group(1)));
                }
                return peak + " MB";
            } catch (IOException e) {
                return "unknown";
            }
        }

        /** Stops the server; an interrupt while waiting stops it forcibly and keeps the thread's interrupted flag. */
        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Two clustered instances on one PostgreSQL database behind HAProxy with {@code scale/haproxy.cfg}, as scale/run
     * starts them but on free ports: Payara's data grid on loopback (TCP/IP discovery of both members, a cluster name
     * of its own), the first instance started (and the schema migrated) before the second.
     */
    static final class Cluster extends Target {

        final Path repo;
        final Path work;
        final Path dataDir;
        final Map<String, String> environment;
        final List<String> grid;
        final int[] gridPorts;
        final Server[] members;
        final Process proxy;

        private Cluster(
                Path repo,
                Path work,
                Path dataDir,
                Map<String, String> environment,
                List<String> grid,
                int[] gridPorts,
                Server[] members,
                Process proxy,
                String base) {
            super(base);
            this.repo = repo;
            this.work = work;
            this.dataDir = dataDir;
            this.environment = environment;
            this.grid = grid;
            this.gridPorts = gridPorts;
            this.members = members;
            this.proxy = proxy;
        }

        /** What the start script passes Payara Micro for ENGAGEMENT_CLUSTER_* on one host (see scale/run). */
        static List<String> gridOptions(String clusterName, int... gridPorts) {
            return List.of(
                    "--clustername",
                    clusterName,
                    "--clustermode",
                    "tcpip:"
                            + Arrays.stream(gridPorts)
                                    .mapToObj(p -> "127.0.0.1:" + p)
                                    .collect(java.util.stream.Collectors.joining(",")),
                    "--interfaces",
                    "127.0.0.1",
                    "--nohostaware");
        }

        static Cluster start(Path repo, Path work, Path dataDir, String name, Map<String, String> environment)
                throws Exception {
            int[] gridPorts = {freePort(), freePort()};
            List<String> grid = gridOptions("engagement-bench-" + System.nanoTime(), gridPorts);
            Server[] members = new Server[2];
            Process proxy = null;
            try {
                for (int i = 0; i < 2; i++) {
                    members[i] = member(repo, work, dataDir, name, environment, grid, gridPorts, i, 0, "");
                }
                int proxyPort = freePort();
                ProcessBuilder haproxy = new ProcessBuilder(
                                "haproxy",
                                "-f",
                                repo.resolve("scale/haproxy.cfg").toString())
                        .redirectErrorStream(true)
                        .redirectOutput(work.resolve(name + "-haproxy.log").toFile());
                haproxy.environment().put("ENGAGEMENT_PROXY_PORT", String.valueOf(proxyPort));
                haproxy.environment().put("ENGAGEMENT_INSTANCE_1", "127.0.0.1:" + members[0].port);
                haproxy.environment().put("ENGAGEMENT_INSTANCE_2", "127.0.0.1:" + members[1].port);
                proxy = haproxy.start();
                String base = "http://127.0.0.1:" + proxyPort;
                awaitReady(base, proxy, work.resolve(name + "-haproxy.log"));
                return new Cluster(repo, work, dataDir, environment, grid, gridPorts, members, proxy, base);
            } catch (Exception | Error e) {
                stop(proxy, members);
                throw e;
            }
        }

        /** Member i (0 or 1) on its own data directory and grid port; on its old HTTP port when restarted. */
        static Server member(
                Path repo,
                Path work,
                Path dataDir,
                String name,
                Map<String, String> environment,
                List<String> grid,
                int[] gridPorts,
                int i,
                int port,
                String suffix)
                throws Exception {
            List<String> options = new ArrayList<>(grid);
            options.addAll(List.of("--startport", String.valueOf(gridPorts[i])));
            return Server.start(
                    repo,
                    work,
                    dataDir.resolve("instance-" + (i + 1)),
                    name + "-instance-" + (i + 1) + suffix,
                    environment,
                    options,
                    port);
        }

        static void awaitReady(String base, Process proxy, Path log) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < until) {
                if (!proxy.isAlive()) {
                    throw new IllegalStateException("HAProxy stopped; see " + log);
                }
                try {
                    if (http.send(
                                            HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("HAProxy did not answer /health/ready within 30 s; see " + log);
        }

        /** Kills member i with SIGKILL by its process id, as an instance dies on a power cut. */
        void kill(int i) throws Exception {
            run(List.of("kill", "-9", String.valueOf(members[i].process.pid())));
            members[i].process.waitFor();
        }

        /** Starts member i again on its old HTTP and grid ports (the proxy's configuration names them). */
        Server restart(int i, String name) throws Exception {
            members[i] =
                    member(repo, work, dataDir, name, environment, grid, gridPorts, i, members[i].port, "-restarted");
            return members[i];
        }

        @Override
        String peakHeapAfterGc() {
            return Arrays.stream(members)
                    .map(m -> m.peakHeapAfterGc())
                    .collect(java.util.stream.Collectors.joining(" and "));
        }

        @Override
        public void close() {
            stop(proxy, members);
        }

        static void stop(Process proxy, Server[] members) {
            if (proxy != null) {
                proxy.destroy();
                try {
                    if (!proxy.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                        proxy.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    proxy.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
            for (Server member : members) {
                if (member != null) {
                    member.close();
                }
            }
        }
    }

    /** The database the application and the JDBC floors run on. */
    abstract static class Database {

        static final String POSTGRESQL_NAME = "engagement_bench";

        static Database derby(Path dataDir) {
            return new Derby(dataDir);
        }

        static Database postgresql() {
            return new Postgresql();
        }

        /** An empty database for the run (Derby: none yet; the first start creates it in the run's folder). */
        abstract void recreate() throws Exception;

        abstract Connection connect() throws SQLException;

        /** After the JDBC floors and loads, which run with the application stopped. */
        abstract void release();

        /** What a freshly bulk-loaded database needs before it is queried, as an operator would do it. */
        abstract void afterBulkLoad(Connection c) throws SQLException;

        /** The application's settings for this database (none for Derby: its data directory is set anyway). */
        abstract Map<String, String> serverEnvironment();

        abstract String software();

        static final class Derby extends Database {

            final Path dataDir;

            Derby(Path dataDir) {
                this.dataDir = dataDir;
            }

            @Override
            void recreate() {
                // The run's folder is new: the first server start creates the database in it.
            }

            @Override
            Connection connect() throws SQLException {
                return DriverManager.getConnection("jdbc:derby:" + dataDir.resolve("engagement"));
            }

            @Override
            void release() {
                try {
                    DriverManager.getConnection("jdbc:derby:" + dataDir.resolve("engagement") + ";shutdown=true");
                } catch (SQLException expected) {
                    // Derby reports a clean shutdown as SQLState 08006.
                }
            }

            @Override
            void afterBulkLoad(Connection c) {
                // Derby keeps its own index statistics up to date.
            }

            @Override
            Map<String, String> serverEnvironment() {
                return Map.of();
            }

            @Override
            String software() {
                return "Derby 10.16.1.1 (embedded)";
            }
        }

        /**
         * The machine's PostgreSQL (Debian's cluster 15/main, started if it is down), a database of the benchmark's own
         * dropped and created afresh each run, as scale/run creates its own.
         */
        static final class Postgresql extends Database {

            final String url = "jdbc:postgresql://localhost:5432/" + POSTGRESQL_NAME;

            @Override
            void recreate() throws Exception {
                try {
                    run(List.of("pg_ctlcluster", "15", "main", "status"));
                } catch (IllegalStateException down) {
                    run(List.of("pg_ctlcluster", "15", "main", "start"));
                }
                String role = POSTGRESQL_NAME;
                if (!psql("select 1 from pg_roles where rolname = '" + role + "'")
                        .contains("1")) {
                    psql("create role " + role + " login password '" + role + "'");
                }
                psql("drop database if exists " + POSTGRESQL_NAME + " with (force)");
                psql("create database " + POSTGRESQL_NAME + " owner " + role);
                log("Created an empty PostgreSQL database " + POSTGRESQL_NAME);
            }

            /** As the postgres account, as scale/run does (root here, or sudo). */
            static String psql(String sql) throws Exception {
                List<String> asPostgres = "root".equals(System.getProperty("user.name"))
                        ? List.of("runuser", "-u", "postgres", "--")
                        : List.of("sudo", "-u", "postgres");
                List<String> command = new ArrayList<>(asPostgres);
                command.addAll(List.of("psql", "-q", "-tA", "-c", sql));
                return run(command);
            }

            @Override
            Connection connect() throws SQLException {
                Properties properties = new Properties();
                properties.setProperty("user", POSTGRESQL_NAME);
                properties.setProperty("password", POSTGRESQL_NAME);
                // As the application connects (ConfiguredDataSource), so that the bound's batches cost what its do.
                properties.setProperty("reWriteBatchedInserts", "true");
                return DriverManager.getConnection(url, properties);
            }

            @Override
            void release() {
                // A server: nothing to shut down; the connection is closed.
            }

            /** Fresh planner statistics for the bulk-loaded tables (autovacuum would take them later, at its pace). */
            @Override
            void afterBulkLoad(Connection c) throws SQLException {
                try (Statement s = c.createStatement()) {
                    s.execute("analyze");
                }
                c.commit();
            }

            @Override
            Map<String, String> serverEnvironment() {
                return Map.of(
                        "ENGAGEMENT_DB_URL", url,
                        "ENGAGEMENT_DB_USER", POSTGRESQL_NAME,
                        "ENGAGEMENT_DB_PASSWORD", POSTGRESQL_NAME);
            }

            @Override
            String software() {
                try (Connection c = connect()) {
                    return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion()
                            + " (this machine's server, on loopback), JDBC driver "
                            + c.getMetaData().getDriverVersion();
                } catch (SQLException e) {
                    return "PostgreSQL (version unknown: " + e.getMessage() + ")";
                }
            }
        }
    }

    // ---------------------------------------------------------------- the report

    /** A configuration the benchmark runs in: a column of BENCHMARKS.md and a file of saved figures. */
    record Configuration(String file, String title, String command) {

        static final Configuration DERBY = new Configuration("derby.tsv", "Derby", "bench/run");
        static final Configuration POSTGRESQL =
                new Configuration("postgresql.tsv", "PostgreSQL, one instance", "bench/run --db postgres");
        static final Configuration CLUSTER =
                new Configuration("postgresql-2.tsv", "PostgreSQL, two instances", "bench/run --instances 2");
        static final List<Configuration> ALL = List.of(DERBY, POSTGRESQL, CLUSTER);

        static Configuration of(boolean postgres, int instances) {
            return instances == 2 ? CLUSTER : postgres ? POSTGRESQL : DERBY;
        }
    }

    /**
     * One configuration's figures as its last run saved them (bench/results/&lt;configuration&gt;.tsv): the run's facts
     * (date, commit, load ...) and its rows (workload, measured, target, result, floor). BENCHMARKS.md is rendered
     * from every configuration's saved run, so a run of one configuration keeps the others' columns.
     */
    record SavedRun(Configuration configuration, Map<String, String> facts, List<String[]> rows) {

        static SavedRun of(Configuration configuration, Map<String, String> facts, List<String[]> rows) {
            return new SavedRun(configuration, new LinkedHashMap<>(facts), new ArrayList<>(rows));
        }

        void write(Path file) throws IOException {
            StringBuilder tsv = new StringBuilder(
                    "# " + configuration.title + ": figures of " + configuration.command + ", written by it;"
                            + " BENCHMARKS.md is rendered from this file and the other configurations'.\n");
            facts.forEach((key, value) -> tsv.append("fact\t")
                    .append(key)
                    .append('\t')
                    .append(clean(value))
                    .append('\n'));
            for (String[] row : rows) {
                tsv.append("row");
                for (String cell : row) {
                    tsv.append('\t').append(clean(cell));
                }
                tsv.append('\n');
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, tsv.toString());
        }

        static String clean(String cell) {
            return cell.replace('\t', ' ').replace('\n', ' ');
        }

        static SavedRun read(Configuration configuration, Path file) throws IOException {
            Map<String, String> facts = new LinkedHashMap<>();
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String[] cells = line.split("\t", -1);
                if (cells[0].equals("fact") && cells.length == 3) {
                    facts.put(cells[1], cells[2]);
                } else if (cells[0].equals("row") && cells.length == 6) {
                    rows.add(Arrays.copyOfRange(cells, 1, 6));
                }
            }
            return new SavedRun(configuration, facts, rows);
        }

        /** Every configuration's saved run there is, in the report's column order. */
        static List<SavedRun> readAll(Path folder) throws IOException {
            List<SavedRun> runs = new ArrayList<>();
            for (Configuration configuration : Configuration.ALL) {
                Path file = folder.resolve(configuration.file);
                if (Files.exists(file)) {
                    runs.add(read(configuration, file));
                }
            }
            return runs;
        }

        /** A workload's measured figure in a saved run, with the run's date; null if there is none. */
        static String figure(Path file, String workload) throws IOException {
            if (!Files.exists(file)) {
                return null;
            }
            SavedRun run = read(Configuration.POSTGRESQL, file);
            return run.rows.stream()
                    .filter(r -> r[0].equals(workload))
                    .findFirst()
                    .map(r -> r[1] + " (" + run.facts.getOrDefault("date", "?") + ")")
                    .orElse(null);
        }

        String fact(String key) {
            return facts.getOrDefault(key, "—");
        }
    }

    /** BENCHMARKS.md: one row per workload, one column per configuration that has saved figures. */
    record Report(List<SavedRun> runs, long seed) {

        void write(Path file) throws IOException {
            StringBuilder md = new StringBuilder();
            md.append("# Benchmarks\n\n");
            md.append("Measured by `bench/run` (seed ")
                    .append(seed)
                    .append("), one column per configuration: ")
                    .append(runsJoined(r -> "`" + r.configuration.command + "` (" + r.configuration.title + ")"))
                    .append(". Each run saves its figures in `bench/results/` and rewrites this file from every")
                    .append(
                            " configuration's saved figures, so the columns may come from different days: each column's")
                    .append(
                            " date and commit are below. Rerun a configuration to reproduce it. Every figure is reported,")
                    .append(" met or not.\n\n");
            md.append("| |")
                    .append(columns())
                    .append("\n|---|")
                    .append("---|".repeat(runs.size()))
                    .append('\n');
            fact(
                    md,
                    "command",
                    r -> "`" + r.configuration.command + (Boolean.parseBoolean(r.fact("quick")) ? " --quick`" : "`"));
            fact(md, "date", r -> r.fact("date"));
            fact(md, "commit measured", r -> r.fact("commit"));
            fact(md, "machine", r -> r.fact("machine"));
            fact(md, "software", r -> r.fact("software"));
            fact(md, "data set", r -> r.fact("dataSet"));
            fact(
                    md,
                    "load",
                    r -> CONNECTIONS + " connections, closed loop, " + ROUNDS
                            + " rounds per figure (median, then min–max)");
            fact(
                    md,
                    "machine load",
                    r -> "1-minute load average " + r.fact("startLoad") + " at the start, " + r.fact("checkLoad")
                            + " before the renewal checks, once the bench's own work had died down (a target is judged"
                            + " only at ≤ half the cores)");
            fact(md, "peak heap after GC", r -> r.fact("heap") + " of 512 MB");
            fact(md, "whole run", r -> r.fact("total"));
            md.append("\n| workload | target |")
                    .append(columns())
                    .append("\n|---|---|")
                    .append("---|".repeat(runs.size()))
                    .append('\n');
            for (String workload : workloads()) {
                String target = runs.stream()
                        .map(r -> find(r, workload))
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .map(row -> row[2])
                        .orElse("—");
                md.append("| ").append(workload).append(" | ").append(target).append(" |");
                SavedRun derbyRun =
                        runs.isEmpty() || runs.get(0).configuration != Configuration.DERBY ? null : runs.get(0);
                for (SavedRun run : runs) {
                    // Compared only on the same data set: a quick run's figures are not a full run's.
                    String[] derby = derbyRun == null
                                    || run == derbyRun
                                    || !derbyRun.fact("dataSet").equals(run.fact("dataSet"))
                            ? null
                            : find(derbyRun, workload);
                    String dataSet = find(run, workload) == null
                                    || run.fact("dataSet").equals(runs.get(0).fact("dataSet"))
                            ? ""
                            : Boolean.parseBoolean(run.fact("quick")) ? "(one tenth of the data) " : "(full data) ";
                    md.append(' ')
                            .append(dataSet)
                            .append(cell(find(run, workload), target, derby))
                            .append(" |");
                }
                md.append('\n');
            }
            md.append(NOTES);
            Files.writeString(file, md.toString());
        }

        /** Every configuration's workloads in the order they ran, each once. */
        List<String> workloads() {
            java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
            Map<String, String> byKey = new LinkedHashMap<>();
            runs.forEach(r -> r.rows.forEach(row -> byKey.putIfAbsent(key(row[0]), row[0])));
            names.addAll(byKey.values());
            return new ArrayList<>(names);
        }

        /**
         * A workload's name without its counts, so that a quick run's row (10,000 rows) meets a full run's (100,000):
         * each column's header says its data set, and its cells say when it is not the first column's.
         */
        static String key(String workload) {
            return workload.replaceAll("\\d[\\d,]*", "#").replace("files", "file");
        }

        static String[] find(SavedRun run, String workload) {
            return run.rows.stream()
                    .filter(r -> key(r[0]).equals(key(workload)))
                    .findFirst()
                    .orElse(null);
        }

        /** The figure, then met or missed (against its own target where it differs from the row's), then its floor. */
        static String cell(String[] row, String rowTarget, String[] derby) {
            if (row == null) {
                return "not run in this configuration";
            }
            StringBuilder cell = new StringBuilder(row[1]);
            if (!row[3].equals("—")) {
                cell.append("<br>").append(row[3]);
                if (!row[2].equals(rowTarget)) {
                    cell.append(" (target ").append(row[2]).append(')');
                }
            }
            String comparison = derby == null ? null : againstDerby(derby[1], row[1]);
            if (comparison != null) {
                cell.append("<br>").append(comparison);
            }
            if (!row[4].equals("—")) {
                cell.append("<br>").append(row[4]);
            }
            return cell.toString();
        }

        static final Pattern FIGURE = Pattern.compile("^([\\d,]+(?:\\.\\d+)?) (ms|s|req/s)\\b");

        /**
         * How fast this figure is against Derby's for the same workload (above 1: faster), where both start with a
         * time or a rate in the same unit: the issue asks for every workload at least as fast as on Derby.
         */
        static String againstDerby(String derby, String measured) {
            Matcher d = FIGURE.matcher(derby);
            Matcher m = FIGURE.matcher(measured);
            if (!d.find() || !m.find() || !d.group(2).equals(m.group(2))) {
                return null;
            }
            double derbyValue = Double.parseDouble(d.group(1).replace(",", ""));
            double value = Double.parseDouble(m.group(1).replace(",", ""));
            if (derbyValue == 0 || value == 0) {
                return null;
            }
            double speed = m.group(2).equals("req/s") ? value / derbyValue : derbyValue / value;
            return String.format(
                    Locale.UK, "%.2f× Derby's speed (%s)", speed, speed >= 1 ? "as fast or faster" : "slower");
        }

        interface Fact {
            String of(SavedRun run);
        }

        void fact(StringBuilder md, String name, Fact fact) {
            md.append("| ").append(name).append(" |");
            runs.forEach(r -> md.append(' ').append(fact.of(r)).append(" |"));
            md.append('\n');
        }

        String columns() {
            return runs.stream()
                    .map(r -> " " + r.configuration.title + " |")
                    .collect(java.util.stream.Collectors.joining());
        }

        String runsJoined(Fact each) {
            return runs.stream()
                    .map(each::of)
                    .collect(java.util.stream.Collectors.joining(runs.size() > 2 ? ", " : " and "));
        }

        static final String NOTES = """

                Floors: the renewal check is measured against an unauthenticated trivial endpoint (`GET /api/v1/ping`) \
                on the same server (with two instances: through the same proxy) in the same run; the register import \
                against a plain JDBC batch insert of the same rows into a table of the same shape in the same database, \
                with the application stopped: on Derby its embedded database (as embedded Derby allows one process), on \
                PostgreSQL the run's own database `engagement_bench` on the machine's server, by the same JDBC URL the \
                application uses.

                Bounds: the "bound" row is the database's own cost for the rows a first register import must write (a \
                core person and a driver per line, into the real tables with their indexes), by plain JDBC in the \
                stopped application's database and rolled back (median of warm rounds in the benchmark's own JVM); the \
                import's ratio to it is the application's share (reading the upload, checking every line, ids, the \
                change log) plus the database running cold in a freshly started server with a 512 MB heap. With a \
                closed loop of 8 connections the mean latency is the number of connections divided by the rate \
                (Little's law), so a p99 can be no lower than that mean; the renewal check's row gives it for both the \
                check and the floor. On PostgreSQL the issue's targets are the register import at ≥ 20,000 rows/s and \
                every workload at least as fast as on Derby: a PostgreSQL cell says how its figure compares with the \
                Derby column's (the first figure of each, a time or a rate).

                Data loading: organisations and ten years of sessions with named attendance are written by JDBC batch \
                into the stopped application's database (the application has no bulk import for them; on PostgreSQL \
                followed by `ANALYZE`, as after any bulk load); drivers and driver training go through the \
                application's own CSV import endpoints.

                Two instances (`--instances 2`): two Payara Micro instances clustered by Payara's data grid on loopback \
                (as `scale/run` starts them, on free ports), on one PostgreSQL database, behind HAProxy with \
                `scale/haproxy.cfg`; every workload goes through the proxy. Two instances on these 2 cores add no CPU \
                (they share it, with the proxy and the load generator), so their figure that matters is the load \
                survived: wrk sends renewal checks through the proxy at 8 connections, instance 1 is killed \
                (`kill -9` by its process id) 10 s in and started again at once, and every request must still be \
                answered (wrk's non-2xx answers and socket errors: 0), the proxy resending a GET whose instance died. \
                The load lasts 60 s, or until 15 s after the killed instance is ready again if its restart takes \
                longer (on 2 cores shared with the load it starts more slowly than alone), so that it always rejoins \
                under load; the p99 over the whole run is set beside one instance's wrk figure from the PostgreSQL \
                column.

                What a second host would add: CPU. Here both instances, the proxy, PostgreSQL and the load generator \
                share 2 cores, so a second instance only divides them (and pays for the data grid's session \
                replication); on a second host, the second instance brings its own cores and memory, so throughput \
                that is CPU-bound in the application (the renewal checks, page rendering, the imports' checking of \
                every line) could roughly double until PostgreSQL or the proxy becomes the limit, and losing one \
                host would halve capacity rather than stop the service. It would not make one request faster (a \
                single import runs on one instance) and it adds a network hop to the database and between the data \
                grid's members. Not measured here: this machine has one host.
                """;

        static String cpuModel() {
            try {
                return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                        .filter(l -> l.startsWith("model name"))
                        .findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .orElse("unknown CPU");
            } catch (IOException e) {
                return "unknown CPU";
            }
        }
    }
}
