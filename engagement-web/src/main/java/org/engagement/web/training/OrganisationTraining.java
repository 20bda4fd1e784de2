package org.engagement.web.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.engagement.core.shared.Dates;
import org.engagement.core.training.CourseService;
import org.engagement.core.training.OrganisationTrainingLevel;
import org.engagement.core.training.TrainingPermissions;
import org.engagement.core.training.TrainingRecord;
import org.engagement.core.training.TrainingRecordService;
import org.engagement.core.training.TrainingSession;
import org.engagement.core.training.TrainingSessionService;

/** The Training tab of an organisation's page: its level, its people's records and the sessions it hosted. */
@Named
@RequestScoped
public class OrganisationTraining {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private TrainingRecordService trainingRecords;

    @Inject
    private TrainingSessionService trainingSessions;

    @Inject
    private TrainingPermissions trainingPermissions;

    @Inject
    private CourseService courseService;

    private OrganisationTrainingLevel level;
    private List<TrainingRecord> records;
    private List<TrainingSession> sessions;

    public OrganisationTrainingLevel level(long organisationId) {
        if (level == null) {
            level = trainingRecords.levelOf(organisationId);
        }
        return level;
    }

    public List<TrainingRecord> records(long organisationId) {
        if (records == null) {
            records = trainingRecords.recordsOfPeopleAt(organisationId);
        }
        return records;
    }

    public List<TrainingSession> sessions(long organisationId) {
        if (sessions == null) {
            sessions = trainingSessions.sessionsHostedBy(organisationId);
        }
        return sessions;
    }

    /** "Training booked for 12/03/2026" when the organisation hosts planned sessions, for those who read training. */
    public String booked(long organisationId) {
        if (!trainingPermissions.mayRead()) {
            return null;
        }
        List<TrainingSession> planned = trainingSessions.bookedFor(organisationId);
        return planned.isEmpty()
                ? null
                : "Training booked for "
                        + planned.stream()
                                .map(s -> s.getHeldOn().format(DISPLAY))
                                .distinct()
                                .collect(Collectors.joining(", "));
    }

    public boolean isCurrent(TrainingRecord record) {
        return record.isValidOn(Dates.today());
    }

    public String audienceLabel(String code) {
        return courseService.catalogue().audienceLabel(code);
    }
}
