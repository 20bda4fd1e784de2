package org.engagement.plugins.taxi.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

/**
 * The module's start-up work, once the web application has migrated the schema (priority 100); it creates the first
 * administrator at 110 and seeds demo data at 120.
 */
@ApplicationScoped
class TaxiStartup {

    /** Before the demo data, which imports drivers' training of the course. */
    static final int COURSE_PRIORITY = 105;

    /** After the demo data. */
    static final int QUALIFYING_TRAINING_PRIORITY = 150;

    @Inject
    private RenewalRules rules;

    void addDriverCourse(@Observes @Priority(COURSE_PRIORITY) Startup startup) {
        rules.ensureDriverCourse();
    }

    void buildQualifyingTraining(@Observes @Priority(QUALIFYING_TRAINING_PRIORITY) Startup startup) {
        rules.buildQualifyingTrainingOnce();
    }
}
