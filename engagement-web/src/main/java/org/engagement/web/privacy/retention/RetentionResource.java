package org.engagement.web.privacy.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.privacy.retention.RetentionRun;
import org.engagement.core.privacy.retention.RetentionService;
import org.engagement.core.privacy.retention.RetentionService.DueRecord;
import org.engagement.core.privacy.retention.RetentionService.ScheduleRow;
import org.engagement.core.shared.InvalidInputException;

/** The retention schedule over the API, for the data protection officer: read it, change a row, see the dry run. */
@Path("privacy/retention")
@ApplicationScoped
@RolesAllowed(RoleNames.DATA_PROTECTION_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    private RetentionService retention;

    /** Every kind of record, with its period, action, allowed actions, default and version. */
    @GET
    public List<ScheduleRow> schedule() {
        return retention.schedule();
    }

    /**
     * Sets a kind's period and action: {@code {"periodMonths": 72, "action": "ANONYMISE", "version": 0}}, the version
     * as read (0 while the kind keeps its default). 400 naming the field; 409 when someone changed it meanwhile.
     */
    @PUT
    @Path("{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ScheduleRow change(@PathParam("kind") String kind, RuleChange change) {
        if (change == null || change.periodMonths() == null) {
            throw new InvalidInputException("periodMonths", "Send the period in months, e.g. {\"periodMonths\": 72}.");
        }
        return retention.change(
                kind,
                change.version() == null ? 0 : change.version(),
                change.periodMonths(),
                RetentionActions.parse(change.action()));
    }

    /** The body of a change. */
    public record RuleChange(Integer periodMonths, String action, Long version) {}

    /** What the schedule would deal with today and in the next {@code days} days (at most 366), soonest first. */
    @GET
    @Path("due")
    public List<DueRecord> due(@QueryParam("days") @DefaultValue("30") int days) {
        return retention.dryRun(days);
    }

    /** The latest runs of the schedule, newest first. */
    @GET
    @Path("runs")
    public List<RetentionRun> runs() {
        return retention.latestRuns(50);
    }
}
