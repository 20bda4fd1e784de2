package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.engagement.core.spi.PeopleTrained;
import org.engagement.plugins.taxi.persistence.QualifyingTrainingStore;
import org.engagement.plugins.taxi.persistence.TaxiRepository;

/**
 * Training the core records (a session's attendance) may be a driver's qualifying course: the drivers among those
 * people get their renewal check's precomputed row again, in the core's transaction.
 */
@ApplicationScoped
class DriversTrained implements PeopleTrained {

    @Inject
    private QualifyingTrainingStore qualifyingTraining;

    @Inject
    private TaxiRepository repository;

    @Override
    public void trained(List<Trained> records) {
        Map<Long, Long> drivers = qualifyingTraining.driversOfPeople(
                records.stream().map(Trained::personId).toList());
        List<QualifyingTrainingStore.Recorded> recorded = records.stream()
                .filter(r -> drivers.containsKey(r.personId()))
                .map(r -> new QualifyingTrainingStore.Recorded(
                        drivers.get(r.personId()), r.recordId(), r.courseCode(), r.completedOn()))
                .toList();
        if (!recorded.isEmpty()) {
            // The rule as it stands, read directly: RenewalRules' first load on a server may add a course and rebuild
            // every driver's row, which is no part of recording a session's attendance.
            qualifyingTraining.recorded(recorded, repository.ruleSettings().rule());
        }
    }
}
