package org.engagement.core.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings a database up to date by applying changelogs in order: the core's first, then those the sector
 * modules ship. Applying the same changelogs again changes nothing.
 */
public class SchemaMigrator {

    public static final String CORE_CHANGELOG = "db/changelog/core/changelog.xml";

    private final ClassLoader classLoader;

    public SchemaMigrator(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public void migrate(DataSource dataSource, List<String> changelogs) {
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            if (database instanceof DerbyDatabase derby) {
                // Liquibase would otherwise shut embedded Derby down under the running application.
                derby.setShutdownEmbeddedDerby(false);
            }
            Scope.child(
                    Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(classLoader)), () -> {
                        for (String changelog : changelogs) {
                            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                                    .execute();
                        }
                    });
        } catch (SQLException e) {
            throw new MigrationFailedException("Could not connect to the database to migrate it: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new MigrationFailedException(
                    "The database schema could not be brought up to date: " + e.getMessage(), e);
        }
    }
}
