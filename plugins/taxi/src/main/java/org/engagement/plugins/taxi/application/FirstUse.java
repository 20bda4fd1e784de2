package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.engagement.core.spi.RegisterRecords;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.RenewalRule;
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
     * Done on this server: set by the start-up preparation, so a first use inside a longer transaction (the demo's)
     * does not open transactions of its own that would wait for that one's locks (Derby scans the course table).
     */
    private volatile boolean prepared;

    /** This bean through its proxy, so each step gets its own transaction. */
    @Inject
    private FirstUse self;

    /**
     * Two steps, each in a transaction of its own and committed before the next: in the container, another connection
     * of the same transaction cannot read a row one connection has written (it waits for the row's lock), and the
     * rows' first build reads the course the first step may add.
     */
    public void prepare() {
        if (prepared) {
            return;
        }
        self.addCourse();
        self.buildQualifyingTrainingOnce();
        prepared = true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void addCourse() {
        register.ensureCourse(TaxiModule.DRIVER_COURSE);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void buildQualifyingTrainingOnce() {
        // The rule before the claim: the claim locks the rule's row until this transaction ends.
        RenewalRule rule = repository.ruleSettings().rule();
        if (qualifyingTraining.claimFirstBuild()) {
            qualifyingTraining.rebuild(rule);
        }
    }
}
