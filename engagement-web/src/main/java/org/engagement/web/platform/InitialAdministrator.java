package org.engagement.web.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.Console;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.engagement.core.user.UserService;

/**
 * On the very first start (no accounts at all) creates {@code admin} with ENGAGEMENT_ADMIN_PASSWORD, or with a
 * random password shown once on the terminal the server was started from. A generated password never goes
 * through the server's logging (which an operator may send to files or a log service, ASVS 7.1.1): without a
 * terminal, no account is created and the log says to set ENGAGEMENT_ADMIN_PASSWORD.
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
        Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
        if (configured.isPresent()) {
            if (users.createInitialAdmin(configured.get().toCharArray())) {
                LOG.info(
                        "First start: created the administrator account 'admin' with the password from ENGAGEMENT_ADMIN_PASSWORD.");
            }
            return;
        }
        Console terminal = System.console();
        if (terminal == null) {
            if (!users.hasAccounts()) {
                LOG.severe("First start: no administrator account was created. Set ENGAGEMENT_ADMIN_PASSWORD to the "
                        + "password the 'admin' account should have, and start the server again (or start it from a terminal "
                        + "to have a password generated and shown there once).");
            }
            return;
        }
        String password = randomPassword();
        if (users.createInitialAdmin(password.toCharArray())) {
            terminal.printf(
                    "%n  First start: created the administrator account 'admin' with the password%n%n      %s%n%n"
                            + "  It is shown only this once, here and in no log. Sign in and create named accounts for your team.%n%n",
                    password);
            terminal.flush();
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
