package org.engagement.core.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;

/** How many of each audience the partnership means to train in a financial year. */
@ApplicationScoped
@Transactional
public class TrainingTargetService {

    @Inject
    private TrainingRepository training;

    @Inject
    private TrainingCatalogue catalogue;

    @Inject
    private TrainingPermissions permissions;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    protected TrainingTargetService() {}

    /** For use as a plain library. */
    public TrainingTargetService(
            TrainingRepository training,
            TrainingCatalogue catalogue,
            TrainingPermissions permissions,
            ChangeLog changeLog,
            Actor actor) {
        this.training = training;
        this.catalogue = catalogue;
        this.permissions = permissions;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    /** Sets the number of an audience to train in the financial year starting in {@code yearStart}. */
    public TrainingTarget setTarget(String audienceCode, int yearStart, int target) {
        permissions.requireAdmin();
        catalogue.requireAudience(audienceCode);
        if (yearStart < 2000 || yearStart > 2100) {
            throw new InvalidInputException(
                    "year", "Give the year the financial year starts in, e.g. 2016 for 2016/17.");
        }
        Optional<TrainingTarget> existing = training.targetsOf(yearStart).stream()
                .filter(t -> t.getAudienceCode().equals(audienceCode))
                .findFirst();
        if (existing.isPresent()) {
            Map<String, String> before = existing.get().snapshot();
            existing.get().set(target, actor.username());
            training.flush();
            changeLog.updated(
                    "TrainingTarget",
                    existing.get().getId(),
                    "Training target changed",
                    before,
                    existing.get().snapshot());
            return existing.get();
        }
        TrainingTarget created = new TrainingTarget(audienceCode, yearStart, target, actor.username());
        training.add(created);
        training.flush();
        changeLog.created("TrainingTarget", created.getId(), "Training target set", created.snapshot());
        return created;
    }
}
