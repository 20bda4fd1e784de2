package org.engagement.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Databases;
import org.engagement.core.shared.Dates;

/**
 * Online backups of the embedded Derby database, taken while the application runs with Derby's own
 * {@code SYSCS_BACKUP_DATABASE}: a consistent copy in a new directory under {@code engagement.backup.dir}. An
 * encrypted database's backup is encrypted with it (its files are copied as they are). Refused on PostgreSQL, whose
 * own tools back it up.
 */
@ApplicationScoped
public class DatabaseBackups {

    private static final Logger LOG = Logger.getLogger(DatabaseBackups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.UK);

    @Resource(lookup = "java:app/jdbc/engagement")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "engagement.data.dir")
    private String dataDir;

    /** Empty: under the data directory. (An empty default is "no value" to MicroProfile Config, hence Optional.) */
    @Inject
    @ConfigProperty(name = "engagement.backup.dir")
    private Optional<String> backupDir;

    @Inject
    private Actor actor;

    /** Where a backup went: the directory holding the copied {@code engagement} database. */
    public record Backup(String directory, String takenAt, String takenBy) {}

    public Backup backUp() throws SQLException {
        Path target = backupDir
                .filter(dir -> !dir.isBlank())
                .map(Path::of)
                .orElse(Path.of(dataDir, "backups"))
                .resolve("engagement-" + STAMP.format(Dates.now().atZone(Dates.UK)))
                .toAbsolutePath();
        try (Connection connection = dataSource.getConnection()) {
            if (!Databases.isDerby(connection)) {
                throw new ConflictException("This installation runs on PostgreSQL: back it up with PostgreSQL's own"
                        + " tools (pg_dump, or continuous archiving), as the README says.");
            }
            if (Files.exists(target)) {
                throw new ConflictException("A backup was taken into " + target + " this second; try again.");
            }
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, target.toString());
                backup.execute();
            }
        }
        LOG.info(() -> "Online backup by " + actor.username() + " into " + target);
        return new Backup(target.resolve("engagement").toString(), Dates.describe(Dates.now()), actor.username());
    }
}
