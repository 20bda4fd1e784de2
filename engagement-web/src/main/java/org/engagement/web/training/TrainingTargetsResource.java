package org.engagement.web.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.training.TargetProgress;
import org.engagement.core.training.TrainingReports;
import org.engagement.core.training.TrainingTargetService;

/** Annual training targets per audience and the progress made against them. */
@Path("training/targets")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class TrainingTargetsResource {

    @Inject
    private TrainingTargetService trainingTargets;

    @Inject
    private TrainingReports reports;

    public record TargetRequest(String audience, Integer year, Integer target) {}

    public record ProgressView(String audience, String label, Integer target, long trained, Integer percent) {

        static ProgressView of(TargetProgress p) {
            return new ProgressView(p.audienceCode(), p.audienceLabel(), p.target(), p.trained(), p.percent());
        }
    }

    /** Progress in the financial year starting in {@code year} (the current one if not given). */
    @GET
    public List<ProgressView> progress(@QueryParam("year") Integer year) {
        int start = year == null ? FinancialQuarter.of(Dates.today()).startYear() : year;
        return reports.progress(start).stream().map(ProgressView::of).toList();
    }

    @PUT
    @RolesAllowed(RoleNames.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ProgressView> setTarget(TargetRequest request) {
        if (request == null || request.year() == null || request.target() == null) {
            throw new InvalidInputException(
                    request == null || request.year() == null ? "year" : "target",
                    "Send audience, year (e.g. 2016 for 2016/17) and target.");
        }
        trainingTargets.setTarget(request.audience(), request.year(), request.target());
        return progress(request.year());
    }
}
