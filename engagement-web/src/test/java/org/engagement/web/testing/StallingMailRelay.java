package org.engagement.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A relay in front of a real SMTP server (the test's GreenMail) that holds up the first email it carries at the last
 * moment: it passes on the whole message but the end-of-data mark ({@code CRLF.CRLF}), so the sender waits for the
 * server's answer and the server has not accepted the message. When the sender goes away (its process killed), the
 * relay drops both connections and the server, which never saw the message end, discards it, as SMTP says it must: a
 * message counts as sent only once the server has answered its end. Everything else passes through unchanged.
 */
public final class StallingMailRelay implements AutoCloseable {

    private static final byte[] END_OF_DATA = {'\r', '\n', '.', '\r', '\n'};

    private final ServerSocket listener;
    private final int serverPort;
    private final AtomicBoolean firstHeld = new AtomicBoolean();
    private final CountDownLatch holding = new CountDownLatch(1);
    private volatile Instant heldSince;

    /** Listens on a free port of the loopback address and relays to the SMTP server on the given loopback port. */
    public StallingMailRelay(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "stalling-mail-relay");
        accepting.setDaemon(true);
        accepting.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Waits until the first email is held up, and says since when; empty if none was within the time. */
    public Optional<Instant> awaitHolding(long timeout, TimeUnit unit) throws InterruptedException {
        return holding.await(timeout, unit) ? Optional.of(heldSince) : Optional.empty();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                start("relay-to-client", () -> pipe(server, client));
                start("relay-to-server", () -> relayToServer(client, server));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void pipe(Socket from, Socket to) {
        try (from;
                to) {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException gone) {
            // either side went away: both are closed
        }
    }

    /** Passes the client's bytes on, until the end of the first message of the run: that end is held back. */
    private void relayToServer(Socket client, Socket server) {
        try (client;
                server) {
            InputStream in = client.getInputStream();
            OutputStream out = server.getOutputStream();
            byte[] buffer = new byte[8192];
            byte[] last = new byte[END_OF_DATA.length];
            int read;
            while ((read = in.read(buffer)) != -1) {
                for (int i = 0; i < read; i++) {
                    System.arraycopy(last, 1, last, 0, last.length - 1);
                    last[last.length - 1] = buffer[i];
                    if (Arrays.equals(last, END_OF_DATA) && firstHeld.compareAndSet(false, true)) {
                        // Everything up to the final ".CRLF" goes on; the end mark never does.
                        out.write(buffer, 0, Math.max(0, i + 1 - 3));
                        out.flush();
                        heldSince = Instant.now();
                        holding.countDown();
                        drainUntilClosed(in);
                        return;
                    }
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException gone) {
            // either side went away: both are closed
        }
    }

    private static void drainUntilClosed(InputStream in) throws IOException {
        while (in.read() != -1) {
            // the sender says nothing more while it waits for the answer; this returns when it is gone
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
