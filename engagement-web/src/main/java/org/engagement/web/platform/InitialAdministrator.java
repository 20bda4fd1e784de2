package org.engagement.web.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.engagement.core.user.UserService;

/**
 * On the very first start (no accounts at all) creates {@code admin} with ENGAGEMENT_ADMIN_PASSWORD,
 * or with a random password printed once in the log.
 */
@ApplicationScoped
public class InitialAdministrator {

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    private UserService users;

    @Inject
    @ConfigProperty(name = "engagement.admin.password")
    private Optional<String> configuredPassword;

    void createOnFirstStart(@Observes @Priority(DatabaseMigration.STARTUP_PRIORITY + 10) Startup startup) {
        boolean generated = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? randomPassword() : configuredPassword.get();
        if (!users.createInitialAdmin(password.toCharArray())) {
            return;
        }
        if (generated) {
            LOG.warning(() -> "\n\n  First start: created the administrator account 'admin' with the password\n\n      "
                    + password + "\n\n  It is shown only this once. Sign in and create named accounts for your team.\n");
        } else {
            LOG.info("First start: created the administrator account 'admin' with the password from ENGAGEMENT_ADMIN_PASSWORD.");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
