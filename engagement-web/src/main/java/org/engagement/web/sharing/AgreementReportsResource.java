package org.engagement.web.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.engagement.core.sharing.AgreementFigures;
import org.engagement.core.sharing.AgreementService;
import org.engagement.web.security.Roles;

/** The register's dashboard figures, counted from the records. */
@Path("reports/agreements")
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.FAITH_LEAD, Roles.INDUSTRY_LEAD, Roles.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class AgreementReportsResource {

    @Inject
    private AgreementService agreements;

    @GET
    public AgreementFigures figures() {
        return agreements.figures();
    }
}
