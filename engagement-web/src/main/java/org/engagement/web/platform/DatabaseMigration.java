package org.engagement.web.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.engagement.core.migration.SchemaMigrator;
import org.engagement.core.spi.SectorModules;

/**
 * Migrates the schema before anything else runs: the core's changelog, then each packaged module's.
 * Readiness stays DOWN until this has finished.
 */
@ApplicationScoped
public class DatabaseMigration {

    public static final int STARTUP_PRIORITY = 100;
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/engagement")
    private DataSource dataSource;

    @Inject
    private SectorModules modules;

    private volatile boolean migrated;

    void migrateOnStartup(@Observes @Priority(STARTUP_PRIORITY) Startup startup) {
        List<String> changelogs = new ArrayList<>();
        changelogs.add(SchemaMigrator.CORE_CHANGELOG);
        changelogs.addAll(modules.changelogs());
        LOG.info(() -> "Migrating the database schema: " + changelogs);
        new SchemaMigrator(Thread.currentThread().getContextClassLoader()).migrate(dataSource, changelogs);
        migrated = true;
        LOG.info("Database schema is up to date.");
    }

    public boolean isMigrated() {
        return migrated;
    }
}
