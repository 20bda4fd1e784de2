package org.engagement.core.testing;

import jakarta.persistence.EntityManager;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.ContactService;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.Actor;
import org.engagement.core.training.AttendanceService;
import org.engagement.core.training.CourseService;
import org.engagement.core.training.JpaTrainingRepository;
import org.engagement.core.training.TrainingCatalogue;
import org.engagement.core.training.TrainingPermissions;
import org.engagement.core.training.TrainingRecordService;
import org.engagement.core.training.TrainingSessionService;
import org.engagement.core.training.TrainingTargetService;

/** The training feature's services, made as the container makes them, on one entity manager and for one user. */
public record TrainingServices(
        CourseService courses,
        TrainingSessionService sessions,
        AttendanceService attendance,
        TrainingRecordService records,
        TrainingTargetService targets) {

    /** Organisations and contacts may be null for tests that record sessions with no host and no named people. */
    public static TrainingServices on(
            EntityManager em,
            TrainingCatalogue catalogue,
            OrganisationService organisations,
            ContactService contacts,
            ChangeLog log,
            Actor actor) {
        JpaTrainingRepository repository = new JpaTrainingRepository(em);
        TrainingPermissions permissions = new TrainingPermissions(repository, catalogue, actor);
        TrainingSessionService sessions =
                new TrainingSessionService(repository, catalogue, permissions, organisations, contacts, log, actor);
        return new TrainingServices(
                new CourseService(repository, catalogue, permissions, log, actor),
                sessions,
                new AttendanceService(repository, permissions, organisations, contacts, log, sessions, actor),
                new TrainingRecordService(repository, catalogue, permissions, contacts, actor),
                new TrainingTargetService(repository, catalogue, permissions, log, actor));
    }
}
