package org.engagement.web.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.engagement.core.plan.PlanService;
import org.engagement.core.plan.Scorecard;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.access.RoleNames;

/** The scorecard as JSON: every bound measure by financial quarter. Roles as for the plans. */
@Path("scorecard")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.LICENSING_OFFICER, RoleNames.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    @Inject
    private PlanService plans;

    /** Both dates YYYY-MM-DD; without them, the last eight financial quarters. */
    @GET
    public Scorecard scorecard(@QueryParam("from") String from, @QueryParam("to") String to) {
        return plans.scorecard(date(from, "from"), date(to, "to"));
    }

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Write the date as YYYY-MM-DD, e.g. 2016-04-01.");
        }
    }
}
