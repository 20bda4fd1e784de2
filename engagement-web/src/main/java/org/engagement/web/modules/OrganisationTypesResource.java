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
import org.engagement.core.organisation.OrganisationService;

/** Every organisation type: the core's and those of the packaged sector modules. */
@Path("organisation-types")
@ApplicationScoped
@RolesAllowed({
    RoleNames.ADMIN,
    RoleNames.FAITH_LEAD,
    RoleNames.INDUSTRY_LEAD,
    RoleNames.LICENSING_OFFICER,
    RoleNames.VIEWER
})
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationTypesResource {

    @Inject
    private OrganisationService organisations;

    @GET
    public List<TypeView> list() {
        return organisations.types().stream()
                .map(t -> new TypeView(t.code(), t.label(), t.sector().name()))
                .toList();
    }

    public record TypeView(String code, String label, String sector) {}
}
