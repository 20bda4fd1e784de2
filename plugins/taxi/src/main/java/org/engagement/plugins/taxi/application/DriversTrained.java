package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
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
    public void trained(Set<Long> personIds) {
        // The rule as it stands, read in the core's transaction: not through RenewalRules, whose first use on a server
        // works in a transaction of its own, which would wait on the records this transaction has just written.
        qualifyingTraining.refreshPeople(personIds, repository.ruleSettings().rule());
    }
}
