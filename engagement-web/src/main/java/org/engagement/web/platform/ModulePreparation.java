package org.engagement.web.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.user.Role;
import org.engagement.web.security.SecurityContextActor;

/**
 * After the schema is migrated and before the demo is seeded, lets each sector module put in place what it needs
 * ({@link SectorModule#prepare}). A module that cannot is logged and tries again on its first use; the server starts.
 */
@ApplicationScoped
public class ModulePreparation {

    private static final Logger LOG = Logger.getLogger(ModulePreparation.class.getName());

    @Inject
    private SectorModules modules;

    void prepareOnStartup(@Observes @Priority(DatabaseMigration.STARTUP_PRIORITY + 15) Startup startup) {
        for (SectorModule module : modules.all()) {
            try {
                SecurityContextActor.runAsSystem(Set.of(Role.ADMIN), () -> {
                    module.prepare();
                    return null;
                });
            } catch (RuntimeException failed) {
                LOG.log(Level.SEVERE, "Sector module " + module.id() + " could not prepare at start-up.", failed);
            }
        }
    }
}
