package org.engagement.core.migration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The embedded Derby database encrypted at rest with Derby's own {@code dataEncryption} and a boot password
 * (ENGAGEMENT_DB_BOOT_PASSWORD): the same connection attributes create a new database encrypted, encrypt an existing
 * clear one in place on its next boot, and open an encrypted one. Derby copies an encrypted database's files as they
 * are into an online backup, so the backup is encrypted too; {@link #restore} puts one back with {@code restoreFrom}.
 *
 * <p>Restore, with the application stopped and the password in ENGAGEMENT_DB_BOOT_PASSWORD:
 *
 * <pre>java -cp 'engagement-web/target/engagement/WEB-INF/lib/*' org.engagement.core.migration.DerbyEncryption \
 *     restore backups/engagement-20261204-2300/engagement data-restored</pre>
 *
 * then start the application with ENGAGEMENT_DATA_DIR=data-restored.
 */
public final class DerbyEncryption {

    /** Derby's own minimum; a shorter password makes the boot fail with a less helpful message. */
    static final int MINIMUM_LENGTH = 8;

    private DerbyEncryption() {}

    /** The connection attributes for an encrypted database with this boot password. */
    public static String attributes(String bootPassword) {
        return "dataEncryption=true;bootPassword=" + checked(bootPassword);
    }

    private static String checked(String bootPassword) {
        if (bootPassword == null || bootPassword.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("ENGAGEMENT_DB_BOOT_PASSWORD must be at least " + MINIMUM_LENGTH
                    + " characters long (Derby's minimum); choose a long passphrase and keep it with the backups'"
                    + " key material, not with the backups.");
        }
        if (bootPassword.contains(";") || bootPassword.contains("=")) {
            throw new IllegalArgumentException(
                    "ENGAGEMENT_DB_BOOT_PASSWORD cannot contain ';' or '=' (Derby reads them as the end of the"
                            + " password); choose one without.");
        }
        return bootPassword;
    }

    /**
     * Restores the backup (the {@code engagement} directory inside an online backup) as {@code <dataDir>/engagement},
     * opening it with the boot password, then shuts it down cleanly. Refuses a data directory that already holds one.
     */
    public static void restore(Path backup, Path dataDir, String bootPassword) throws SQLException {
        Path database = dataDir.resolve("engagement");
        if (Files.exists(database)) {
            throw new IllegalArgumentException(database + " already exists: restore into a new data directory.");
        }
        if (!Files.isDirectory(backup)) {
            throw new IllegalArgumentException(
                    backup + " is not a backup directory (give the 'engagement' directory" + " inside the backup).");
        }
        String attributes =
                bootPassword == null || bootPassword.isBlank() ? "" : ";bootPassword=" + checked(bootPassword);
        try (Connection restored = DriverManager.getConnection(
                "jdbc:derby:" + database + ";restoreFrom=" + backup.toAbsolutePath() + attributes)) {
            restored.getMetaData();
        }
        shutDown(database);
    }

    private static void shutDown(Path database) throws SQLException {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true");
        } catch (SQLException done) {
            // Derby reports a clean shutdown of one database as SQLState 08006.
            if (!"08006".equals(done.getSQLState())) {
                throw done;
            }
        }
    }

    /** {@code restore <backup>/engagement <new data dir>}, the boot password from ENGAGEMENT_DB_BOOT_PASSWORD. */
    public static void main(String[] args) throws SQLException {
        if (args.length != 3 || !"restore".equals(args[0])) {
            System.err.println("Usage: DerbyEncryption restore <backup>/engagement <new data directory>");
            System.exit(2);
        }
        restore(Path.of(args[1]), Path.of(args[2]), System.getenv("ENGAGEMENT_DB_BOOT_PASSWORD"));
        System.out.println("Restored into " + Path.of(args[2]).resolve("engagement")
                + ". Start the application with ENGAGEMENT_DATA_DIR=" + args[2] + " and the same boot password.");
    }
}
