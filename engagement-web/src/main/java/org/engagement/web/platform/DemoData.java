package org.engagement.web.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.engagement.core.demo.DemoPartnership;
import org.engagement.core.shared.DomainException;
import org.engagement.core.spi.DemoSeed;
import org.engagement.core.user.Role;
import org.engagement.web.security.SecurityContextActor;

/**
 * ENGAGEMENT_DEMO=seed: after the schema is migrated, loads the demo partnership into an empty database, as "system"
 * with an administrator's roles. On a database that already holds organisations it changes nothing and says so in the
 * log; the server starts either way.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String SEED = "seed";

    @Inject
    private DemoPartnership demo;

    @Inject
    @ConfigProperty(name = "engagement.demo")
    private Optional<String> demoSetting;

    void seedOnStartup(@Observes @Priority(DatabaseMigration.STARTUP_PRIORITY + 20) Startup startup) {
        Optional<String> asked = demoSetting.map(String::strip).filter(s -> !s.isEmpty());
        if (asked.isEmpty()) {
            return;
        }
        if (!SEED.equalsIgnoreCase(asked.get())) {
            LOG.warning(() -> "ENGAGEMENT_DEMO is '" + asked.get() + "'; the only value it takes is 'seed'. No demo"
                    + " data was loaded.");
            return;
        }
        try {
            DemoSeed seed = SecurityContextActor.runAsSystem(Set.of(Role.ADMIN), demo::seed);
            LOG.info(() -> "Loaded the demo partnership (ENGAGEMENT_DEMO=seed), its dates moved on "
                    + seed.yearsMovedOn() + " years from the council report's.");
        } catch (DomainException refused) {
            // Not PageFeedback: this runs at start-up, with no page to show it on; the log is where it is read.
            LOG.warning(() -> "ENGAGEMENT_DEMO=seed: no demo data was loaded. " + refused.getMessage());
        } catch (RuntimeException failed) {
            LOG.log(
                    Level.SEVERE,
                    "ENGAGEMENT_DEMO=seed: the demo partnership could not be loaded, and nothing of it was kept."
                            + " The server runs on without it.",
                    failed);
        }
    }
}
