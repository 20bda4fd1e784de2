package org.engagement.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.engagement.web.testing.TestProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the proxy ({@code scale/haproxy.cfg}) sends again when an instance dies while answering: both instances here
 * read each request and close the connection without a word, as a killed instance does (HAProxy's "empty response").
 * A GET is safe to send again, and is; a POST (a form saved, an import) may already have done its work, so it is sent
 * once and the user gets an error rather than a second save. No Payara here: two sockets stand in for the instances,
 * each answering the proxy's health check and nothing else.
 */
class ProxyRetriesIT {

    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static ServerSocket instance1;
    private static ServerSocket instance2;
    private static TestProxy proxy;

    @BeforeAll
    static void startTheProxyInFrontOfInstancesThatDieWhileAnswering() throws Exception {
        instance1 = dyingInstance();
        instance2 = dyingInstance();
        Path target = Path.of(System.getProperty("engagement.testDir", "target"));
        proxy = TestProxy.start(
                target.resolve("proxy-retries-haproxy.log"),
                "127.0.0.1:" + instance1.getLocalPort(),
                "127.0.0.1:" + instance2.getLocalPort());
    }

    @AfterAll
    static void stop() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
        instance1.close();
        instance2.close();
    }

    @Test
    void aPostWhoseInstanceDiedWhileAnsweringIsNotSentAgainButAGetIs() throws Exception {
        HttpResponse<String> post = client().send(
                        HttpRequest.newBuilder(URI.create(proxy.url() + "/organisations/edit.xhtml"))
                                .POST(HttpRequest.BodyPublishers.ofString("orgForm:name=Sent+once"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as("the user is told it failed").isEqualTo(502);
        assertThat(RECEIVED).as("requests the instances read").containsExactly("POST /organisations/edit.xhtml");

        RECEIVED.clear();
        HttpResponse<String> get = client().send(
                        HttpRequest.newBuilder(URI.create(proxy.url() + "/organisations/list.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(502);
        assertThat(RECEIVED)
                .as("requests the instances read: the first try and the proxy's retries")
                .hasSizeGreaterThan(1)
                .containsOnly("GET /organisations/list.xhtml");
    }

    /** A client of its own for each request, so that none goes on a connection the proxy closed after an error. */
    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Answers the health check; reads any other request, notes it and closes the connection without answering. */
    private static ServerSocket dyingInstance() throws IOException {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(
                () -> {
                    while (!listener.isClosed()) {
                        try (Socket connection = listener.accept()) {
                            answerOrDie(connection);
                        } catch (IOException closed) {
                            // the listener closed at the end, or the proxy went away: next
                        }
                    }
                },
                "dying-instance-" + listener.getLocalPort());
        accepting.setDaemon(true);
        accepting.start();
        return listener;
    }

    private static void answerOrDie(Socket connection) throws IOException {
        BufferedReader in =
                new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
        String requestLine = in.readLine();
        if (requestLine == null) {
            return;
        }
        String[] parts = requestLine.split(" ");
        String request = parts[0] + " " + parts[1];
        if (request.equals("GET /health/ready")) {
            OutputStream out = connection.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return;
        }
        String header;
        do {
            header = in.readLine();
        } while (header != null && !header.isEmpty());
        RECEIVED.add(request);
    }
}
