package org.engagement.core.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.engagement.core.shared.Dates;

/**
 * Sends the product's email through the configured SMTP server with Jakarta Mail (the container's implementation in
 * production). When no server is configured it sends nothing and says so: callers ask {@link #isOn()} first.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    private MailSettings settings;

    private Session session;

    protected Mailer() {}

    /** For use as a plain library. */
    public Mailer(MailSettings settings) {
        this.settings = settings;
        openSession();
    }

    @PostConstruct
    void openSession() {
        if (!settings.isOn()) {
            return;
        }
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.port()));
        // At most this long to connect, read or write, so a dead server can't hold the daily job.
        String timeoutMillis = String.valueOf(settings.timeout().toMillis());
        props.put("mail.smtp.connectiontimeout", timeoutMillis);
        props.put("mail.smtp.timeout", timeoutMillis);
        props.put("mail.smtp.writetimeout", timeoutMillis);
        props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        props.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        boolean signIn = settings.username() != null && !settings.username().isBlank();
        props.put("mail.smtp.auth", String.valueOf(signIn));
        session = Session.getInstance(props, signIn ? new Credentials(settings) : null);
    }

    public boolean isOn() {
        return settings.isOn();
    }

    /** What an administrator is told about email. */
    public String describe() {
        return settings.describe();
    }

    /** Sends it now, or throws: never queued, never half-sent. */
    public void send(Email email) {
        if (!isOn()) {
            throw new IllegalStateException("Email is off: ask isOn() before sending.");
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipient(
                    Message.RecipientType.TO,
                    new InternetAddress(email.to().value(), email.toName(), StandardCharsets.UTF_8.name()));
            message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            message.setText(email.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(Dates.now()));
            Transport.send(message);
        } catch (MessagingException | UnsupportedEncodingException failed) {
            throw new MailNotSentException(email.to().value(), failed);
        }
    }

    private static final class Credentials extends Authenticator {

        private final MailSettings settings;

        Credentials(MailSettings settings) {
            this.settings = settings;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(settings.username(), settings.password());
        }
    }
}
