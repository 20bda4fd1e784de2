package org.engagement.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Derby's encryption at rest as the application uses it, on real files: a clear database is encrypted in place by its
 * next boot with the attributes, its online backup holds no clear text either, the backup restores with the boot
 * password into a new directory, and nothing opens without the password.
 */
class DerbyEncryptionTest {

    private static final String PASSWORD = "a long boot passphrase";
    private static final String SECRET = "Zephaniah Cleartextcheck";

    @TempDir
    Path dir;

    @Test
    void aClearDatabaseIsEncryptedInPlaceAndItsBackupRestoresOnlyWithThePassword() throws Exception {
        Path database = dir.resolve("data/engagement");
        try (Connection clear = DriverManager.getConnection("jdbc:derby:" + database + ";create=true");
                Statement sql = clear.createStatement()) {
            sql.execute("CREATE TABLE note (text VARCHAR(100))");
            sql.execute("INSERT INTO note VALUES ('" + SECRET + "')");
        }
        shutDown(database, "");
        assertThat(filesHolding(database)).as("a clear database holds the text").isNotEmpty();

        Path backup = dir.resolve("backup");
        try (Connection encrypted = DriverManager.getConnection(
                        "jdbc:derby:" + database + ";" + DerbyEncryption.attributes(PASSWORD));
                Statement sql = encrypted.createStatement()) {
            assertThat(note(sql)).isEqualTo(SECRET);
            sql.execute("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE('" + backup + "')");
        }
        shutDown(database, ";bootPassword=" + PASSWORD);

        assertThat(filesHolding(database))
                .as("files of the encrypted database holding the text")
                .isEmpty();
        assertThat(filesHolding(backup))
                .as("files of its backup holding the text")
                .isEmpty();
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:derby:" + database))
                .isInstanceOf(SQLException.class);

        Path restored = dir.resolve("restored");
        DerbyEncryption.restore(backup.resolve("engagement"), restored, PASSWORD);
        try (Connection again = DriverManager.getConnection(
                        "jdbc:derby:" + restored.resolve("engagement") + ";" + DerbyEncryption.attributes(PASSWORD));
                Statement sql = again.createStatement()) {
            assertThat(note(sql)).isEqualTo(SECRET);
        }
        shutDown(restored.resolve("engagement"), "");
        assertThatThrownBy(() -> DerbyEncryption.restore(backup.resolve("engagement"), restored, PASSWORD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void aShortPasswordOrOneDerbyWouldMisreadIsRefusedSayingWhy() {
        assertThatThrownBy(() -> DerbyEncryption.attributes("short")).hasMessageContaining("at least 8 characters");
        assertThatThrownBy(() -> DerbyEncryption.attributes("long enough;but")).hasMessageContaining("cannot contain");
    }

    private static String note(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT text FROM note")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void shutDown(Path database, String attributes) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true" + attributes);
        } catch (SQLException expected) {
            // 08006: shut down.
        }
    }

    private static List<Path> filesHolding(Path directory) throws IOException {
        byte[] wanted = SECRET.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> indexOf(read(file), wanted) >= 0)
                    .toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
