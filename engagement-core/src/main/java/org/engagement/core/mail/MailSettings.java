package org.engagement.core.mail;

import java.time.Duration;

/**
 * How to reach the SMTP server that sends the product's email, from the {@code ENGAGEMENT_SMTP_*} settings. Without
 * a host, email is off and reminders are shown on screen only.
 *
 * @param host SMTP server; null or blank turns email off
 * @param port 587 (submission with STARTTLS) unless set
 * @param username and {@code password}: sign in to the server when a username is set
 * @param from the sender every email shows; required when a host is set
 * @param startTls require STARTTLS before anything is sent (true unless set: mail crosses networks)
 * @param timeout how long to wait at most to connect to the server, or for each of its answers (20 seconds unless set)
 */
public record MailSettings(
        String host, int port, String username, String password, String from, boolean startTls, Duration timeout) {

    /** Long enough for a busy server, short enough that a dead one cannot hold the daily job for long. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public MailSettings {
        if (host != null && !host.isBlank() && (from == null || from.isBlank())) {
            throw new IllegalArgumentException("ENGAGEMENT_SMTP_HOST is set but ENGAGEMENT_SMTP_FROM is not: set it to"
                    + " the address reminder emails come from, e.g. engagement-crm@example.gov.uk.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("ENGAGEMENT_SMTP_PORT must be a port number from 1 to 65535.");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ENGAGEMENT_SMTP_TIMEOUT_SECONDS must be a number of seconds above 0.");
        }
    }

    /** With the default timeout. */
    public MailSettings(String host, int port, String username, String password, String from, boolean startTls) {
        this(host, port, username, password, from, startTls, DEFAULT_TIMEOUT);
    }

    public static MailSettings off() {
        return new MailSettings(null, 587, null, null, null, true);
    }

    public boolean isOn() {
        return host != null && !host.isBlank();
    }

    /** For administrators: where mail goes, never the password. */
    public String describe() {
        return isOn()
                ? "Reminder emails are on: sent through " + host + ":" + port + " from " + from + "."
                : "Reminder emails are off: no SMTP server is configured (ENGAGEMENT_SMTP_HOST), so reminders are shown"
                        + " on screen only, under Notifications.";
    }

    @Override
    public String toString() {
        return "MailSettings[" + host + ":" + port + ", from " + from + ", user " + username + ", startTls " + startTls
                + "]";
    }
}
