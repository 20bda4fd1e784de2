package org.engagement.web.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.engagement.core.access.RoleNames;
import org.engagement.core.sharing.AgreementFigures;
import org.engagement.core.sharing.AgreementService;

/** The register's dashboard figures, counted from the records. */
@Path("reports/agreements")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class AgreementReportsResource {

    @Inject
    private AgreementService agreements;

    @GET
    public AgreementFigures figures() {
        return agreements.figures();
    }
}
