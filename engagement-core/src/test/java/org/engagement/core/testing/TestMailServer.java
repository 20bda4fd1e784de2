package org.engagement.core.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.engagement.core.mail.MailSettings;

/**
 * A real SMTP server (GreenMail) in the test JVM on a free port of the loopback address: the product sends to it as
 * to any server, and the test reads back what arrived. Close it after the test.
 */
public final class TestMailServer implements AutoCloseable {

    public static final String FROM = "engagement-crm@partnership.example";

    private final GreenMail greenMail;

    public TestMailServer() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
    }

    /**
     * Waits this long (GreenMail's own limit is 30 s) for a sender that has gone quiet in the middle of an email, e.g.
     * one held up on its way by a test; set it before the sender connects.
     */
    public void waitForQuietSenders(Duration patience) {
        greenMail.getSmtp().setClientSocketTimeout(Math.toIntExact(patience.toMillis()));
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Settings that send here: plain SMTP on the loopback address, no sign-in. */
    public MailSettings settings() {
        return new MailSettings("127.0.0.1", port(), null, null, FROM, false);
    }

    /** One email as it arrived. */
    public record Received(String from, String to, String subject, String body) {}

    /** Everything received so far, in order of arrival. */
    public List<Received> received() {
        return Arrays.stream(greenMail.getReceivedMessages())
                .map(TestMailServer::read)
                .toList();
    }

    /** Waits (at most the given time, returning as soon as they are there) for this many emails in all. */
    public List<Received> awaitReceived(int count, long timeoutMillis) {
        greenMail.waitForIncomingEmail(timeoutMillis, count);
        return received();
    }

    private static Received read(MimeMessage message) {
        try {
            return new Received(
                    message.getFrom()[0].toString(),
                    message.getAllRecipients()[0].toString(),
                    message.getSubject(),
                    ((String) message.getContent()).replace("\r\n", "\n"));
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
