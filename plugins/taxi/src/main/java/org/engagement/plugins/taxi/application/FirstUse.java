package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.engagement.core.spi.RegisterRecords;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.persistence.QualifyingTrainingStore;
import org.engagement.plugins.taxi.persistence.TaxiRepository;

/**
 * What the module needs in place before its first check or import on a server, done once per start: the course its default rule names in the core's catalogue (added through the core, not by the module's
 * changelog), and the renewal check's precomputed rows filled if the table is new.
 *
 * <p>Why not at start-up: a CDI {@code Startup} observer in a module's JAR runs before the web application's schema
 * migration (Payara fires the event for the JAR's beans on their own), when the tables do not exist yet.
 */
@ApplicationScoped
public class FirstUse {

    @Inject
    private RegisterRecords register;

    @Inject
    private QualifyingTrainingStore qualifyingTraining;

    @Inject
    private TaxiRepository repository;

    /**
     * In the caller's transaction, not one of its own: a caller may already hold locks this needs (the change
     * history's chain, the rule's row), and a suspended transaction waiting on its own child never ends.
     */
    @Transactional
    public void prepare() {
        register.ensureCourse(TaxiModule.DRIVER_COURSE);
        if (qualifyingTraining.claimFirstBuild()) {
            qualifyingTraining.rebuild(repository.ruleSettings().rule());
        }
    }
}
