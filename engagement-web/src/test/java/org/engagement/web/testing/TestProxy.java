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
import java.time.Instant;

/**
 * HAProxy with the settings {@code scale/run} uses ({@code scale/haproxy.cfg}) in front of two instances (cookie i1 and
 * i2), on a free port, in the foreground, as scale/run starts it; ready once it answers {@code /health/ready}.
 */
public record TestProxy(Process process, String url) implements AutoCloseable {

    private static final String HAPROXY = System.getProperty("haproxy.binary", "/usr/sbin/haproxy");
    private static final Path HAPROXY_CONFIG =
            Path.of(System.getProperty("engagement.haproxyConfig", "../scale/haproxy.cfg"));

    /** Starts it in front of the instances at these host:port addresses, logging to the named file. */
    public static TestProxy start(Path log, String instance1, String instance2)
            throws IOException, InterruptedException {
        if (!new File(HAPROXY).canExecute()) {
            throw new IllegalStateException(
                    "The cluster tests need HAProxy: apt-get install -y haproxy (looked for " + HAPROXY + ")");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(HAPROXY, "-f", HAPROXY_CONFIG.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("ENGAGEMENT_PROXY_PORT", String.valueOf(port));
        builder.environment().put("ENGAGEMENT_INSTANCE_1", instance1);
        builder.environment().put("ENGAGEMENT_INSTANCE_2", instance2);
        TestProxy proxy = new TestProxy(builder.start(), "http://127.0.0.1:" + port);
        proxy.awaitReady(log);
        return proxy;
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped: " + Files.readString(log));
            }
            try {
                HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/health/ready"))
                        .build();
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("HAProxy did not answer within a minute on " + url);
    }

    @Override
    public void close() {
        process.destroy();
    }
}
