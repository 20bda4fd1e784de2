package org.engagement.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.engagement.core.migration.DerbyEncryption;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.RunningApplication;
import org.engagement.web.testing.RunsBesideOtherTests;
import org.junit.jupiter.api.Test;

/**
 * With ENGAGEMENT_DB_BOOT_PASSWORD set, the embedded database is encrypted at rest, an online backup taken through
 * the API is encrypted too (neither holds a recorded name in clear text), and the restore command puts the backup
 * into a fresh data directory where the application starts with the same password and a user signs in. Two starts.
 */
@RunsBesideOtherTests
class EncryptedBackupIT {

    private static final String BOOT_PASSWORD = "a long boot passphrase for tests";
    private static final Map<String, String> ENCRYPTED = Map.of("ENGAGEMENT_DB_BOOT_PASSWORD", BOOT_PASSWORD);
    private static final String MARKER = "Zephaniah Cleartextcheck";

    @Test
    void anEncryptedDatabasesBackupIsEncryptedAndRestoresIntoAFreshDirectoryWhereAUserSignsIn() throws Exception {
        Path root =
                Path.of(System.getProperty("engagement.testDir", "target"), "backup-it-" + System.currentTimeMillis());
        Path backup;
        try (RunningApplication.Server first =
                RunningApplication.startSeparately(root.resolve("data"), "encrypted-first", ENCRYPTED)) {
            Api admin = Api.as("admin", RunningApplication.ADMIN_PASSWORD).on(first.baseUrl());
            assertThat(admin.post(
                                    "/api/v1/users",
                                    Map.of(
                                            "username",
                                            "bea",
                                            "displayName",
                                            MARKER,
                                            "password",
                                            "restored and signed in",
                                            "roles",
                                            List.of("VIEWER")))
                            .status())
                    .isEqualTo(201);
            Api.Response taken = admin.post("/api/v1/admin/backups", Map.of());
            assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
            backup = Path.of((String) taken.json().get("directory"));
            assertThat(Api.as("bea", "restored and signed in")
                            .on(first.baseUrl())
                            .post("/api/v1/admin/backups", Map.of())
                            .status())
                    .isEqualTo(403);
        }
        assertThat(filesHolding(root.resolve("data"), MARKER))
                .as("database files holding the name in clear")
                .isEmpty();
        assertThat(filesHolding(backup, MARKER))
                .as("backup files holding the name in clear")
                .isEmpty();

        Path restored = root.resolve("restored");
        DerbyEncryption.restore(backup, restored, BOOT_PASSWORD);

        try (RunningApplication.Server second =
                RunningApplication.startSeparately(restored, "encrypted-restored", ENCRYPTED)) {
            Api.Response signedIn =
                    Api.as("bea", "restored and signed in").on(second.baseUrl()).get("/api/v1/organisations");
            assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
            Api.Response bea = Api.as("admin", RunningApplication.ADMIN_PASSWORD)
                    .on(second.baseUrl())
                    .get("/api/v1/users/bea");
            assertThat(bea.body()).contains(MARKER);
        }
    }

    /** Every file under the directory whose bytes contain the text as UTF-8. */
    private static List<Path> filesHolding(Path directory, String text) throws IOException {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> contains(read(file), wanted))
                    .toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
