package org.engagement.web.safeguarding;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.engagement.core.safeguarding.CoreAuditTemplates;
import org.engagement.core.safeguarding.SafeguardingService;
import org.engagement.web.platform.DatabaseMigration;

/** Publishes the core's audit template once the schema is migrated (a new version only if its standards changed). */
@ApplicationScoped
public class CoreAuditTemplateInstaller {

    @Inject
    private SafeguardingService safeguarding;

    void installOnStartup(@Observes @Priority(DatabaseMigration.STARTUP_PRIORITY + 20) Startup startup) {
        safeguarding.install(CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH);
    }
}
