package org.engagement.web.safeguarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.safeguarding.AuditTemplateService;
import org.engagement.web.safeguarding.SafeguardingApiViews.TemplateView;
import org.engagement.web.safeguarding.SafeguardingApiViews.VersionView;

/** Audit templates and their versions' standards. */
@Path("audit-templates")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class AuditTemplatesResource {

    @Inject
    private AuditTemplateService auditTemplates;

    @GET
    public List<TemplateView> list() {
        return auditTemplates.templates().stream().map(TemplateView::of).toList();
    }

    @GET
    @Path("{code}/versions/{number}")
    public VersionView version(@PathParam("code") String code, @PathParam("number") int number) {
        return VersionView.of(auditTemplates.templateVersion(code, number), true);
    }
}
