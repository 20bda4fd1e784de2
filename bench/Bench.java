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
    final Map<String, String> results = new LinkedHashMap<>();
    final List<String[]> table = new ArrayList<>();
    Server server;

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        long seed = 20261126L;
        String only = null;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--seed")) {
                seed = Long.parseLong(args[i + 1]);
            }
            if (args[i].equals("--only")) {
                only = args[i + 1];
            }
        }
        Bench bench = new Bench(quick, seed);
        if (only == null) {
            bench.run();
        } else {
            bench.runOnly(only);
        }
    }

    Bench(boolean quick, long seed) throws IOException {
        this.quick = quick;
        this.seed = seed;
        this.scale = quick ? 0.1 : 1.0;
        this.repo = Path.of("").toAbsolutePath();
        this.work = repo.resolve("bench/target/run-" + System.currentTimeMillis());
        this.dataDir = work.resolve("data");
        Files.createDirectories(work);
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
        server = Server.start(repo, work, dataDir, "bench");
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
        log("Scale " + (quick ? "quick (1/10)" : "full") + ", seed " + seed + ", work folder " + work);

        attempt("Cold start", this::measureColdStart);
        loadByJdbc(data);
        attempt("JDBC floor for the register import", () -> measureImportFloor(data));

        server = Server.start(repo, work, dataDir, "bench");
        try {
            prepareAccountsAndRule(new Api(server.base, "admin", ADMIN_PASSWORD));
            attempt("Licence-register import", () -> measureRegisterImport(data));
            attempt("Driver training import", () -> measureTrainingImport(data));
            attempt("Renewal check API", () -> measureRenewalChecks(data));
            attempt("Organisation list", this::measureOrganisationList);
            attempt("Quarterly training report", this::measureQuarterlyReport);
            // Last: the organisations it adds would change what the list and report workloads above measure.
            attempt("Organisation import", this::measureOrganisationImport);
        } finally {
            server.close();
        }
        results.put("heap", server.peakHeapAfterGc());
        results.put("total", String.format(Locale.UK, "%.1f min", (System.nanoTime() - started) / 60e9));
        new Report(this, data).write(repo.resolve("BENCHMARKS.md"));
        log("Wrote BENCHMARKS.md in " + results.get("total"));
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
        for (int i = 0; i < ROUNDS; i++) {
            Server s = Server.start(repo, work, dataDir, "cold-start-" + i);
            seconds.add(s.startSeconds);
            s.close();
        }
        Stats stats = Stats.of(seconds);
        row("Cold start to /health/ready (-Xmx512m)", stats.describe("s"), "≤ 25 s", stats.median <= 25, "—");
    }

    void loadByJdbc(Dataset data) throws SQLException {
        long t = System.nanoTime();
        try (Connection c = derby()) {
            c.setAutoCommit(false);
            data.insertOrganisations(c);
            data.insertAttendances(c);
            c.commit();
        } finally {
            shutdownDerby();
        }
        log(String.format(
                Locale.UK,
                "Loaded %,d organisations and %,d attendances by JDBC in %.1f s",
                data.organisations,
                data.attendances,
                (System.nanoTime() - t) / 1e9));
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
        try (Connection c = derby()) {
            c.setAutoCommit(false);
            for (int i = 0; i < ROUNDS; i++) {
                seconds.add(round.seconds(c));
            }
        } finally {
            shutdownDerby();
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
        row(
                String.format(
                        Locale.UK,
                        "Licence-register import, %,d rows, first import (creates drivers, people, operators)",
                        data.drivers),
                String.format(Locale.UK, "%.2f s = %,.0f rows/s", created, rate),
                "≥ 10,000 rows/s; ≤ 3× floor",
                rate >= 10_000 && created <= 3 * floor,
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
                "≥ 10,000 rows/s; ≤ 3× floor",
                data.drivers / changed.median >= 10_000 && changed.median <= 3 * floor,
                String.format(Locale.UK, "ratio %.2f×", changed.median / floor));
        row(
                String.format(
                        Locale.UK,
                        "Licence-register re-import, %,d rows, the same file again (every line unchanged)",
                        data.drivers),
                String.format(Locale.UK, "%.2f s = %,.0f rows/s", unchanged, data.drivers / unchanged),
                "≥ 10,000 rows/s; ≤ 3× floor",
                data.drivers / unchanged >= 10_000 && unchanged <= 3 * floor,
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
        return (System.nanoTime() - t) / 1e9;
    }

    void measureTrainingImport(Dataset data) {
        Api industry = new Api(server.base, "bench.industry", PASSWORD);
        List<byte[]> files = data.trainingCsvFiles();
        long t = System.nanoTime();
        for (byte[] file : files) {
            industry.send("POST", "/api/v1/taxi/training/import", "text/csv", file, 200, 201);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
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
     * The cross-check: the same server measured by {@code wrk} (a C client, so the load generator costs less
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
        double unit = switch (p99.group(2)) {
            case "us" -> 0.001;
            case "s" -> 1000;
            default -> 1;
        };
        return new double[] {Double.parseDouble(rate.group(1)), Double.parseDouble(p99.group(1)) * unit};
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
        double seconds = (System.nanoTime() - t) / 1e9;
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

    Connection derby() throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + dataDir.resolve("engagement"));
    }

    void shutdownDerby() {
        try {
            DriverManager.getConnection("jdbc:derby:" + dataDir.resolve("engagement") + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as SQLState 08006.
        }
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

        /**
         * The i-th driver's licence number: random-looking, as a council's register is (issued over decades, in
         * several formats), not a sequence. A sequence puts consecutive drivers on the same index pages, which
         * flatters Derby's page cache; the cross-check used random numbers. SplitMix64's finaliser is a
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
            double seconds = (System.nanoTime() - t) / 1e9;
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
            double seconds = (System.nanoTime() - t) / 1e9;
            c.rollback();
            return seconds;
        }

        String[] registerRow(int i, Random r) {
            String type = new String[] {"HACKNEY_CARRIAGE", "PRIVATE_HIRE", "PRIVATE_HIRE", "DUAL"}[r.nextInt(4)];
            String status = r.nextInt(50) == 0 ? "SUSPENDED" : r.nextInt(80) == 0 ? "REVOKED" : "ACTIVE";
            // 300 private-hire operators, as in the register of the cross-check (a large borough's count).
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
                // Every driver the same number of records (three at full scale), as in the cross-check; in
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

    /** The packaged application on Payara Micro with -Xmx512m, as the README's run command starts it. */
    static final class Server implements AutoCloseable {

        final Process process;
        final String base;
        final double startSeconds;
        final Path gcLog;

        private Server(Process process, String base, double startSeconds, Path gcLog) {
            this.process = process;
            this.base = base;
            this.startSeconds = startSeconds;
            this.gcLog = gcLog;
        }

        static Server start(Path repo, Path work, Path dataDir, String name) throws Exception {
            Path bundle = repo.resolve("server-config/target/bundle");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
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
            command.addAll(List.of(
                    "-jar",
                    bundle.resolve("payara-micro.jar").toString(),
                    "--nohazelcast",
                    "--port",
                    String.valueOf(port),
                    "--contextroot",
                    "/",
                    "--rootdir",
                    work.resolve(name + "-root").toString(),
                    // Alone, without the data grid: sessions in memory, as the bundle's start script sets it.
                    "--prebootcommandfile",
                    bundle.resolve("pre-boot-commands-alone.asadmin").toString(),
                    "--postbootcommandfile",
                    bundle.resolve("post-boot-commands.asadmin").toString(),
                    "--deploy",
                    bundle.resolve("engagement.war").toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve(name + ".log").toFile());
            builder.environment().put("ENGAGEMENT_DATA_DIR", dataDir.toString());
            builder.environment().put("ENGAGEMENT_ADMIN_PASSWORD", ADMIN_PASSWORD);
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
                        double seconds = (System.nanoTime() - t) / 1e9;
                        log(String.format(Locale.UK, "%s ready in %.1f s", name, seconds));
                        return new Server(process, base, seconds, gcLog);
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

    // ---------------------------------------------------------------- the report

    record Report(Bench bench, Dataset data) {

        void write(Path file) throws IOException {
            StringBuilder md = new StringBuilder();
            md.append("# Benchmarks\n\n");
            md.append("Measured by `bench/run")
                    .append(bench.quick ? " --quick" : "")
                    .append("` (seed ")
                    .append(bench.seed)
                    .append(
                            "). Rerun it to reproduce; it rewrites this file. Every figure is reported, met or not.\n\n");
            md.append("| | |\n|---|---|\n");
            md.append("| date | ").append(LocalDate.now()).append(" |\n");
            md.append("| machine | ")
                    .append(Runtime.getRuntime().availableProcessors())
                    .append(" cores, ")
                    .append(cpuModel())
                    .append(", ")
                    .append(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                    .getTotalMemorySize()
                            / (1 << 30))
                    .append(" GiB |\n");
            md.append("| software | Java ")
                    .append(System.getProperty("java.version"))
                    .append(", Payara Micro 6.2025.10, Derby 10.16.1.1 (embedded), application heap -Xmx512m |\n");
            md.append(String.format(
                    Locale.UK,
                    "| data set | %,d organisations; %,d drivers; %,d driver training records; %,d session attendances over ten years%s |%n",
                    data.organisations,
                    data.drivers,
                    data.driverTraining,
                    data.attendances,
                    bench.quick ? " (quick: one tenth)" : ""));
            md.append("| load | ")
                    .append(CONNECTIONS)
                    .append(" connections, closed loop, ")
                    .append(ROUNDS)
                    .append(" rounds per figure (median, then min–max) |\n");
            md.append("| machine load | 1-minute load average ")
                    .append(bench.results.getOrDefault("startLoad", "?"))
                    .append(" at the start, ")
                    .append(bench.results.getOrDefault("checkLoad", "?"))
                    .append(
                            " before the renewal checks, once the bench's own work had died down (a target is judged only at ≤ half the cores) |\n");
            md.append("| peak heap after GC | ")
                    .append(bench.results.get("heap"))
                    .append(" of 512 MB |\n");
            md.append("| whole run | ").append(bench.results.get("total")).append(" |\n\n");
            md.append("| workload | measured | target | result | floor and ratio |\n|---|---|---|---|---|\n");
            for (String[] r : bench.table) {
                md.append("| ").append(String.join(" | ", r)).append(" |\n");
            }
            md.append(
                    "\nFloors: the renewal check is measured against an unauthenticated trivial endpoint (`GET /api/v1/ping`) on the"
                            + " same server in the same run; the register import against a plain JDBC batch insert of the same rows into a table"
                            + " of the same shape in the same Derby database (application stopped, as embedded Derby allows one process).\n");
            md.append(
                    "\nBounds: the \"bound\" row is Derby's own cost for the rows a first register import must write (a core person and"
                            + " a driver per line, into the real tables with their indexes), by plain JDBC in the stopped application's database"
                            + " and rolled back (median of warm rounds in the benchmark's own JVM); the import's ratio to it is the application's"
                            + " share (reading the upload, checking every line, ids, the change log) plus Derby running cold in a freshly"
                            + " started server with a 512 MB heap. With a closed loop of " + CONNECTIONS
                            + " connections the mean latency is the number of"
                            + " connections divided by the rate (Little's law), so a p99 can be no lower than that mean; the renewal check's row"
                            + " gives it for both the check and the floor.\n");
            md.append(
                    "\nData loading: organisations and ten years of sessions with named attendance are written by JDBC batch into the"
                            + " stopped application's database (the application has no bulk import for them); drivers and driver training go"
                            + " through the application's own CSV import endpoints.\n");
            Files.writeString(file, md.toString());
        }

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
