package org.engagement.plugins.faith;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.engagement.core.training.TrainingRecord;
import org.engagement.core.training.TrainingService;
import org.engagement.core.training.TrainingSession;

/**
 * The "training delivered" step: the earliest of a session the setting hosted and training completed by one
 * of its people.
 */
@ApplicationScoped
public class TrainingEvidence implements PathwayEvidence {

    @Inject
    private TrainingService training;

    @Override
    public Map<PathwayStep, LocalDate> reached(long organisationId, FaithProfile profile) {
        Map<PathwayStep, LocalDate> steps = new EnumMap<>(PathwayStep.class);
        if (!training.mayRead()) {
            return steps;
        }
        Stream.concat(training.sessionsHostedBy(organisationId).stream().map(TrainingSession::getHeldOn),
                training.recordsOfPeopleAt(organisationId).stream().map(TrainingRecord::getCompletedOn))
                .min(LocalDate::compareTo).ifPresent(first -> steps.put(PathwayStep.TRAINING_DELIVERED, first));
        return steps;
    }
}
