package org.engagement.plugins.taxi.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

/**
 * Fills the renewal check's precomputed rows on the first start after they were added, once the schema is migrated
 * (the web application migrates at priority 100, creates the first administrator at 110 and seeds demo data at 120).
 */
@ApplicationScoped
class QualifyingTrainingAtStartup {

    /** After the schema's migration and the demo data. */
    static final int STARTUP_PRIORITY = 150;

    @Inject
    private RenewalRules rules;

    void build(@Observes @Priority(STARTUP_PRIORITY) Startup startup) {
        rules.buildQualifyingTrainingOnce();
    }
}
