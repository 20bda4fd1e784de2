package org.engagement.web.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.engagement.core.mail.MailSettings;

/**
 * The SMTP server, from {@code ENGAGEMENT_SMTP_HOST}, {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD},
 * {@code _FROM}, {@code _STARTTLS} and {@code _TIMEOUT_SECONDS} (or the matching {@code engagement.smtp.*} properties).
 * No host: email is off.
 */
@ApplicationScoped
public class ConfiguredMail {

    @Inject
    @ConfigProperty(name = "engagement.smtp.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "engagement.smtp.port", defaultValue = "587")
    private int port;

    @Inject
    @ConfigProperty(name = "engagement.smtp.username")
    private Optional<String> username;

    @Inject
    @ConfigProperty(name = "engagement.smtp.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "engagement.smtp.from")
    private Optional<String> from;

    @Inject
    @ConfigProperty(name = "engagement.smtp.starttls", defaultValue = "true")
    private boolean startTls;

    @Inject
    @ConfigProperty(name = "engagement.smtp.timeout-seconds", defaultValue = "20")
    private long timeoutSeconds;

    @Produces
    MailSettings settings() {
        return new MailSettings(
                host.filter(h -> !h.isBlank()).orElse(null),
                port,
                username.orElse(null),
                password.orElse(null),
                from.orElse(null),
                startTls,
                Duration.ofSeconds(timeoutSeconds));
    }
}
