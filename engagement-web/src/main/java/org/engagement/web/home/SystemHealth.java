package org.engagement.web.home;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.engagement.core.access.RoleSets;
import org.engagement.core.shared.Actor;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.SectorModules;
import org.engagement.web.platform.DatabaseMigration;

/**
 * The administrator's view of this instance: whether the database answers and its schema is migrated, which database
 * it is, which sector modules are packaged, how long the instance has run and how full its memory is. Each line says
 * in words whether it is healthy.
 */
@Named
@RequestScoped
public class SystemHealth {

    /** Above this share of the maximum heap an administrator should look before users notice. */
    private static final int MEMORY_WARNING_PERCENT = 85;

    @Resource(lookup = "java:app/jdbc/engagement")
    private DataSource dataSource;

    @Inject
    private DatabaseMigration migration;

    @Inject
    private SectorModules modules;

    @Inject
    private Actor actor;

    public record Line(String id, String label, String value, boolean healthy) {}

    public boolean isShown() {
        return RoleSets.holds(actor, RoleSets.ADMINS);
    }

    private List<Line> lines;

    /** Read once a request: the page's repeat asks for the lines more than once while rendering. */
    public List<Line> getLines() {
        if (lines == null) {
            lines = List.of(database(), schema(), modules(), uptime(), memory());
        }
        return lines;
    }

    private Line database() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new Line(
                    "database",
                    "Database",
                    "Answering: " + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
                    connection.isValid(5));
        } catch (SQLException unreachable) {
            return new Line("database", "Database", "Not answering: " + unreachable.getMessage(), false);
        }
    }

    private Line schema() {
        boolean migrated = migration.isMigrated();
        return new Line(
                "schema", "Database schema", migrated ? "Up to date" : "Not migrated: see the server log", migrated);
    }

    private Line modules() {
        List<String> names =
                modules.all().stream().map(SectorModule::displayName).toList();
        return new Line(
                "modules", "Sector modules", names.isEmpty() ? "None packaged" : String.join(", ", names), true);
    }

    private static Line uptime() {
        Duration up = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        return new Line(
                "uptime",
                "Running for",
                up.toDays() + " days " + up.toHoursPart() + " hours " + up.toMinutesPart() + " minutes",
                true);
    }

    private static Line memory() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long percent = used * 100 / runtime.maxMemory();
        return new Line(
                "memory",
                "Memory in use",
                percent + "% of " + runtime.maxMemory() / (1024 * 1024) + " MB",
                percent < MEMORY_WARNING_PERCENT);
    }
}
