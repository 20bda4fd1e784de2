package org.engagement.web.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.RequestParams;
import org.engagement.core.training.TrainingRecordService;
import org.engagement.core.training.TrainingReports;
import org.engagement.web.training.TrainingViews.ExpiringView;
import org.engagement.web.training.TrainingViews.QuarterlyView;

/** Training figures computed from the records. */
@Path("reports")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class TrainingReportsResource {

    @Inject
    private TrainingReports reports;

    @Inject
    private TrainingRecordService trainingRecords;

    @GET
    @Path("training-by-quarter")
    public QuarterlyView byQuarter(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate since = RequestParams.date(from, "from");
        LocalDate until = RequestParams.date(to, "to");
        if (since == null || until == null) {
            throw new InvalidInputException(
                    since == null ? "from" : "to", "Give both dates, e.g. from=2015-04-01&to=2016-09-30.");
        }
        return QuarterlyView.of(reports.byQuarter(since, until));
    }

    @GET
    @Path("training-expiring")
    public List<ExpiringView> expiring(@QueryParam("days") Integer days) {
        LocalDate today = Dates.today();
        return trainingRecords.expiringWithin(days == null ? 60 : days).stream()
                .map(e -> ExpiringView.of(e, today))
                .toList();
    }
}
