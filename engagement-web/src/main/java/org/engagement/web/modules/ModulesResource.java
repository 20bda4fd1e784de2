package org.engagement.web.modules;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.spi.AuditTemplateContribution;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.spi.TrainingAudience;

/**
 * The sector modules this application was built with and what each contributes, so an administrator (or a
 * test) can see what a deployment holds without reading its build.
 */
@Path("modules")
@ApplicationScoped
@RolesAllowed({
    RoleNames.ADMIN,
    RoleNames.FAITH_LEAD,
    RoleNames.INDUSTRY_LEAD,
    RoleNames.LICENSING_OFFICER,
    RoleNames.VIEWER
})
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    @Inject
    private SectorModules modules;

    @GET
    public List<ModuleView> list() {
        return modules.all().stream().map(ModuleView::of).toList();
    }

    public record ModuleView(
            String id,
            String displayName,
            int order,
            List<String> organisationTypes,
            List<String> trainingAudiences,
            List<String> menuEntries,
            List<String> organisationTabs,
            List<String> dashboardWidgets,
            List<String> auditTemplates) {

        static ModuleView of(SectorModule m) {
            return new ModuleView(
                    m.id(),
                    m.displayName(),
                    m.order(),
                    m.organisationTypes().stream().map(OrganisationType::code).toList(),
                    m.trainingAudiences().stream().map(TrainingAudience::code).toList(),
                    m.menuEntries().stream().map(e -> e.id()).toList(),
                    m.organisationTabs().stream().map(t -> t.id()).toList(),
                    m.dashboardWidgets().stream().map(w -> w.id()).toList(),
                    m.auditTemplates().stream()
                            .map(AuditTemplateContribution::code)
                            .toList());
        }
    }
}
