package org.engagement.web.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.shared.Dates;
import org.engagement.core.training.TrainingRecordService;
import org.engagement.web.training.TrainingViews.RecordView;

/** A person's training records, current and expired, newest first. Licensing officers read drivers' records through their sector module, not here. */
@Path("people/{id}/training")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class PersonTrainingResource {

    @Inject
    private TrainingRecordService trainingRecords;

    @GET
    public List<RecordView> recordsOf(@PathParam("id") long personId) {
        LocalDate today = Dates.today();
        return trainingRecords.recordsOf(personId).stream()
                .map(r -> RecordView.of(r, today))
                .toList();
    }
}
