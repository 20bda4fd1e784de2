package org.engagement.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.engagement.core.migration.SchemaMigrator;

/**
 * Fresh in-memory Derby databases for the tests, copied from one migrated by the changelogs rather than migrated
 * again for each test: the changelogs run once per set of changelogs and test run (into a backup on disk, as Derby
 * copies a database), and each test's database is created from that backup (about 0.8 s a test migrated, measured,
 * against a copy's fraction of that; the PostgreSQL half of the build uses the server's template databases the same
 * way, see TestPostgres). A test's database is dropped when it is closed, so the run's memory does not fill with them.
 */
final class DerbyTemplates {

    private static final Map<List<String>, Path> BACKUPS = new ConcurrentHashMap<>();

    private static final ExecutorService DROPPING = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "derby-test-database-drops");
        thread.setDaemon(true);
        return thread;
    });

    private DerbyTemplates() {}

    /** A new in-memory database with the changelogs' schema, by the name given (e.g. "memory:test-..."). */
    static EmbeddedDataSource freshDatabase(String name, List<String> changelogs, ClassLoader loader) {
        Path backup = BACKUPS.computeIfAbsent(List.copyOf(changelogs), key -> migratedBackup(key, loader));
        try {
            // Created, and closed at once: later connections open it by its name alone.
            DriverManager.getConnection("jdbc:derby:" + name + ";createFrom=" + backup)
                    .close();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not create a test database from " + backup + ": " + e.getMessage(), e);
        }
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(name);
        return derby;
    }

    /**
     * Drops an in-memory database, on a thread of its own: Derby keeps one until it is dropped, however many tests it
     * outlives, and a drop takes half a second (measured), which no test needs to wait for.
     */
    static void drop(String name) {
        DROPPING.execute(() -> {
            try {
                DriverManager.getConnection("jdbc:derby:" + name + ";drop=true").close();
            } catch (SQLException dropped) {
                // Derby reports a drop as an exception ("Database ... dropped", 08006); any other leaves it in memory.
            }
        });
    }

    private static Path migratedBackup(List<String> changelogs, ClassLoader loader) {
        String name = "memory:template-" + UUID.randomUUID();
        EmbeddedDataSource template = new EmbeddedDataSource();
        template.setDatabaseName(name);
        template.setCreateDatabase("create");
        new SchemaMigrator(loader).migrate(template, changelogs);
        try {
            Path directory = Files.createTempDirectory("derby-template-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(directory)));
            try (Connection c = template.getConnection();
                    CallableStatement backup = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, directory.toString());
                backup.execute();
            }
            drop(name);
            try (Stream<Path> made = Files.list(directory)) {
                return made.findFirst().orElseThrow(() -> new IllegalStateException("Derby wrote no backup"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not back up the migrated test database: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> all = Files.walk(directory)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind does no harm.
        }
    }
}
