package org.engagement.web.safeguarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.engagement.core.access.RoleNames;
import org.engagement.core.safeguarding.SafeguardingReports;
import org.engagement.web.safeguarding.SafeguardingApiViews.OverviewView;

/** The safeguarding overview's figures, for the sectors the caller works on. */
@Path("reports/safeguarding")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class SafeguardingReportResource {

    @Inject
    private SafeguardingReports reports;

    @Inject
    private SafeguardingSettings settings;

    /** {@code months}: an organisation is due an audit when it has had no finished audit in that many months. */
    @GET
    public OverviewView overview(@QueryParam("months") Integer months) {
        return OverviewView.of(reports.overview(settings.auditDueMonths(months)));
    }
}
