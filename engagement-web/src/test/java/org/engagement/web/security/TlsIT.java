package org.engagement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTPS as an operator turns it on: the bundle's own start script (server-config) with ENGAGEMENT_TLS_KEYSTORE, its
 * password and port, and a self-signed key made by keytool. Checks the protocol versions the server accepts (with
 * openssl, which can still attempt the old ones), HSTS, the redirect from plain HTTP, and the Secure session cookie.
 */
class TlsIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path PAYARA_CONFIG =
            Path.of("../server-config/src/main/payara").toAbsolutePath();
    private static final String KEYSTORE_PASSWORD = "tls test keystore password";
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(Long.getLong("engagement.startupMinutes", 4));

    private static Process server;
    private static Path keystore;
    private static int httpPort;
    private static int httpsPort;
    private static HttpClient https;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startWithTls() throws Exception {
        Path dir = Files.createDirectories(TARGET.resolve("tls-" + System.nanoTime()));
        keystore = dir.resolve("server.p12");
        run(
                List.of(
                        new File(System.getProperty("java.home"), "bin/keytool").getPath(),
                        "-genkeypair",
                        "-alias",
                        "engagement",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "3072",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost,ip:127.0.0.1",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        KEYSTORE_PASSWORD),
                dir);
        Path bundle = bundle(dir);
        httpPort = freePort();
        httpsPort = freePort();
        ProcessBuilder start = new ProcessBuilder(bundle.resolve("start").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile());
        start.environment().put("JAVA_HOME", System.getProperty("java.home"));
        start.environment().put("ENGAGEMENT_PORT", String.valueOf(httpPort));
        start.environment().put("ENGAGEMENT_TLS_KEYSTORE", keystore.toString());
        start.environment().put("ENGAGEMENT_TLS_KEYSTORE_PASSWORD", KEYSTORE_PASSWORD);
        start.environment().put("ENGAGEMENT_TLS_PORT", String.valueOf(httpsPort));
        start.environment().put("ENGAGEMENT_DATA_DIR", dir.resolve("data").toString());
        start.environment().put("ENGAGEMENT_ADMIN_PASSWORD", "tls test admin password");
        server = start.start();
        https = HttpClient.newBuilder()
                .sslContext(trusting(keystore))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        awaitReady(dir.resolve("server.log"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void onlyTls12And13AreAccepted() throws Exception {
        assertThat(handshake("-tls1_3")).as("TLS 1.3").contains("Protocol version: TLSv1.3");
        assertThat(handshake("-tls1_2")).as("TLS 1.2").contains("Protocol version: TLSv1.2");
        for (String old : List.of("-tls1_1", "-tls1")) {
            assertThat(handshake(old)).as(old).doesNotContain("CONNECTION ESTABLISHED", "Protocol version");
        }
    }

    @Test
    void pagesOverHttpsCarryHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> login = https.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/login.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(login.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void plainHttpIsRedirectedToHttpsExceptHealthChecks() throws Exception {
        HttpResponse<String> plain = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/login.xhtml?x=1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(plain.statusCode()).isEqualTo(308);
        assertThat(plain.headers().firstValue("Location"))
                .hasValue("https://localhost:" + httpsPort + "/login.xhtml?x=1");
        assertThat(HTTP.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(200);
    }

    /** What openssl says of a handshake limited to one protocol version; it may attempt even retired ones. */
    private static String handshake(String protocol) throws Exception {
        Process openssl = new ProcessBuilder(
                        "openssl",
                        "s_client",
                        "-connect",
                        "127.0.0.1:" + httpsPort,
                        protocol,
                        "-cipher",
                        "DEFAULT@SECLEVEL=0",
                        "-brief")
                .redirectErrorStream(true)
                .start();
        openssl.getOutputStream().close();
        String said;
        try (InputStream out = openssl.getInputStream()) {
            said = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        openssl.waitFor(30, TimeUnit.SECONDS);
        return said;
    }

    /** The bundle as server-config lays it out: the start script, the boot commands, Payara Micro and the WAR. */
    private static Path bundle(Path dir) throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("bundle"));
        for (String file : List.of(
                "start",
                "pre-boot-commands.asadmin",
                "pre-boot-commands-alone.asadmin",
                "post-boot-commands.asadmin",
                "post-deploy-commands.asadmin")) {
            Files.copy(PAYARA_CONFIG.resolve(file), bundle.resolve(file));
        }
        bundle.resolve("start").toFile().setExecutable(true);
        Files.createSymbolicLink(
                bundle.resolve("payara-micro.jar"),
                Path.of(System.getProperty("payara.microJar", "target/payara/payara-micro.jar"))
                        .toAbsolutePath());
        Files.createSymbolicLink(
                bundle.resolve("engagement.war"),
                Path.of(System.getProperty("engagement.war", "target/engagement.war"))
                        .toAbsolutePath());
        return bundle;
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void awaitReady(Path log) throws Exception {
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> ready = https.send(
                        HttpRequest.newBuilder(URI.create("https://localhost:" + httpsPort + "/health/ready"))
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
        throw new IllegalStateException("Not ready over HTTPS within " + STARTUP_LIMIT);
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("keytool.log").toFile())
                .start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("keytool").isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
