package org.engagement.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.engagement.core.migration.SchemaMigrator;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the tests run on when {@code -Dengagement.test.database=postgresql} (the build's second
 * run of the persistence tests, and the application tests on PostgreSQL). By default a local server on port 5432
 * with a role {@code engagement_test} (password the same) that may create databases and a database of the same name
 * it connects to for that, as {@code .ci/run} sets up;
 * {@code -Dengagement.test.postgresql.host}, {@code .port}, {@code .user} and {@code .password} change it.
 * Each test gets a database of its own, copied from a template migrated once per run by the real changelogs
 * (PostgreSQL copies a database in milliseconds; migrating one takes seconds). Without a server the tests fail
 * and say how to start one: they never skip.
 */
public final class TestPostgres {

    public static final String SELECTOR = "engagement.test.database";
    private static final String PREFIX = "engagement.test.postgresql.";
    private static final Map<List<String>, String> TEMPLATES = new ConcurrentHashMap<>();

    /**
     * The next test's database of each template, copied while the current test runs: a copy takes 0.3 to 0.4 s of the
     * server's time, which a test would otherwise wait for hundreds of times a build.
     */
    private static final Map<String, Future<Database>> NEXT = new ConcurrentHashMap<>();

    private static final ExecutorService COPYING = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "postgresql-test-database-copies");
        thread.setDaemon(true);
        return thread;
    });

    static {
        // A copy made for a test that never came is dropped with the run, so none is left on the server.
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropUnusedCopies));
    }

    private TestPostgres() {}

    /** Whether this run is the PostgreSQL one. */
    public static boolean selected() {
        return "postgresql".equalsIgnoreCase(System.getProperty(SELECTOR, "derby"));
    }

    public static String user() {
        return System.getProperty(PREFIX + "user", "engagement_test");
    }

    public static String password() {
        return System.getProperty(PREFIX + "password", "engagement_test");
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + System.getProperty(PREFIX + "host", "localhost") + ":"
                + System.getProperty(PREFIX + "port", "5432") + "/" + database;
    }

    /** A database of its own, copied from the changelogs' template. */
    public static Database freshDatabase(List<String> changelogs, ClassLoader classLoader) {
        String template = TEMPLATES.computeIfAbsent(List.copyOf(changelogs), c -> migratedTemplate(c, classLoader));
        Future<Database> ready = NEXT.remove(template);
        Database db = ready == null ? createDatabase("TEMPLATE " + template) : copied(ready);
        NEXT.put(template, COPYING.submit(() -> createDatabase("TEMPLATE " + template)));
        return db;
    }

    private static Database copied(Future<Database> copy) {
        try {
            return copy.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while copying a test database", e);
        }
    }

    private static void dropUnusedCopies() {
        NEXT.values().forEach(copy -> {
            try {
                copy.get().drop();
            } catch (RuntimeException | ExecutionException e) {
                // Not made, or not dropped: nothing more to do as the run ends.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** An empty database of its own (no schema), e.g. for a server that migrates it at start-up. */
    public static Database emptyDatabase() {
        return createDatabase("TEMPLATE template0");
    }

    /**
     * PostgreSQL refuses to copy a template while anyone else is connected to it, and an autovacuum worker may be for
     * a moment: the copy is tried again after a pause.
     */
    private static Database createDatabase(String template) {
        Database db =
                new Database("engagement_t_" + UUID.randomUUID().toString().replace("-", ""));
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            try {
                administer("CREATE DATABASE " + db.name() + " " + template);
                return db;
            } catch (IllegalStateException refused) {
                last = refused;
                Database.pause(attempt);
            }
        }
        throw last;
    }

    private static String migratedTemplate(List<String> changelogs, ClassLoader classLoader) {
        // Named by the changelogs and by this test JVM, rebuilt by every run: a run must never test last run's
        // schema, nor drop a template that another build on the same server (a parallel run) is copying.
        Database template = new Database("engagement_tpl_" + Integer.toHexString(changelogs.hashCode()) + "_"
                + ProcessHandle.current().pid());
        template.drop();
        administer("CREATE DATABASE " + template.name() + " TEMPLATE template0");
        new SchemaMigrator(classLoader).migrate(template.dataSource(), changelogs);
        Runtime.getRuntime().addShutdownHook(new Thread(template::drop));
        return template.name();
    }

    private static void administer(String sql) {
        try (Connection c = DriverManager.getConnection(url(user()), user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(unavailable(e), e);
        }
    }

    private static String unavailable(SQLException e) {
        return String.format(
                Locale.ROOT,
                "The tests on PostgreSQL need a PostgreSQL server at %s with a role %s (password %s)"
                        + " that may create databases, and a database %s; .ci/run installs, starts and sets one up (Debian: apt-get"
                        + " install -y postgresql; pg_ctlcluster 15 main start). PostgreSQL said: %s",
                url(""),
                user(),
                password(),
                user(),
                e.getMessage());
    }

    /** One database on the test server. */
    public record Database(String name) {

        public String url() {
            return TestPostgres.url(name);
        }

        /**
         * With the options the application's own data source sets (the web application's ConfiguredDataSource), so
         * that the persistence tests write as the application does: batches of inserts as multi-row inserts.
         */
        public String urlAsTheApplicationConnects() {
            return url() + "?reWriteBatchedInserts=true";
        }

        public DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(urlAsTheApplicationConnects());
            dataSource.setUser(user());
            dataSource.setPassword(password());
            return dataSource;
        }

        /**
         * Drops it, closing whatever connections a test left open. FORCE may not end an autovacuum worker that happens
         * to be on the database (PostgreSQL refuses a non-superuser that, as insufficient privilege); a plain DROP
         * makes the worker give way itself, so that is tried next, and both again after a moment.
         */
        public void drop() {
            IllegalStateException last = null;
            for (int attempt = 0; attempt < 6; attempt++) {
                try {
                    administer("DROP DATABASE IF EXISTS " + name + (attempt % 2 == 0 ? " WITH (FORCE)" : ""));
                    return;
                } catch (IllegalStateException refused) {
                    last = refused;
                    pause(attempt);
                }
            }
            throw last;
        }

        static void pause(int attempt) {
            try {
                Thread.sleep(200L * (attempt + 1));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
