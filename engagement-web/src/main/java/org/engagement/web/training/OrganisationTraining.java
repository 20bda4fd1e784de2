package org.engagement.web.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.engagement.core.shared.Dates;
import org.engagement.core.training.OrganisationTrainingLevel;
import org.engagement.core.training.TrainingRecord;
import org.engagement.core.training.TrainingService;
import org.engagement.core.training.TrainingSession;

/** The Training tab of an organisation's page: its level, its people's records and the sessions it hosted. */
@Named
@RequestScoped
public class OrganisationTraining {

    @Inject
    private TrainingService training;

    private OrganisationTrainingLevel level;
    private List<TrainingRecord> records;
    private List<TrainingSession> sessions;

    public OrganisationTrainingLevel level(long organisationId) {
        if (level == null) {
            level = training.levelOf(organisationId);
        }
        return level;
    }

    public List<TrainingRecord> records(long organisationId) {
        if (records == null) {
            records = training.recordsOfPeopleAt(organisationId);
        }
        return records;
    }

    public List<TrainingSession> sessions(long organisationId) {
        if (sessions == null) {
            sessions = training.sessionsHostedBy(organisationId);
        }
        return sessions;
    }

    public boolean isCurrent(TrainingRecord record) {
        return record.isValidOn(Dates.today());
    }

    public String audienceLabel(String code) {
        return training.catalogue().audienceLabel(code);
    }
}
