package org.engagement.web.safeguarding;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.engagement.core.safeguarding.AuditTemplateDefinition;
import org.engagement.core.safeguarding.AuditTemplateService;
import org.engagement.core.safeguarding.CoreAuditTemplates;
import org.engagement.core.safeguarding.StandardDefinition;
import org.engagement.core.spi.AuditTemplateContribution;
import org.engagement.core.spi.SectorModules;
import org.engagement.web.platform.DatabaseMigration;

/**
 * Publishes the core's audit template and those the sector modules ship once the schema is migrated (a new
 * version only if a template's standards changed).
 */
@ApplicationScoped
public class CoreAuditTemplateInstaller {

    @Inject
    private AuditTemplateService auditTemplates;

    @Inject
    private SectorModules modules;

    void installOnStartup(@Observes @Priority(DatabaseMigration.STARTUP_PRIORITY + 20) Startup startup) {
        auditTemplates.install(CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH);
        modules.auditTemplates().forEach(t -> auditTemplates.install(definition(t)));
    }

    private static AuditTemplateDefinition definition(AuditTemplateContribution template) {
        return new AuditTemplateDefinition(
                template.code(),
                template.title(),
                template.standards().stream()
                        .map(s -> new StandardDefinition(
                                s.code(), s.title(), s.guidance(), String.join("; ", s.evidence()), s.critical()))
                        .toList());
    }
}
