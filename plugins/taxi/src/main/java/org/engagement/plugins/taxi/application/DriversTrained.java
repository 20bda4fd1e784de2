package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.engagement.core.spi.PeopleTrained;
import org.engagement.plugins.taxi.persistence.QualifyingTrainingStore;

/**
 * Training the core records (a session's attendance) may be a driver's qualifying course: the drivers among those
 * people get their renewal check's precomputed row again, in the core's transaction.
 */
@ApplicationScoped
class DriversTrained implements PeopleTrained {

    @Inject
    private QualifyingTrainingStore qualifyingTraining;

    @Inject
    private RenewalRules rules;

    @Override
    public void trained(Set<Long> personIds) {
        qualifyingTraining.refreshPeople(personIds, rules.renewalRule());
    }
}
