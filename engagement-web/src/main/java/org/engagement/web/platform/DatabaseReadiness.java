package org.engagement.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the schema has been migrated, so a load balancer never sends work to a half-started node. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database")
                .status(migration.isMigrated())
                .build();
    }
}
