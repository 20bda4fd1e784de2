package org.engagement.core.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.sql.DataSource;
import org.engagement.core.migration.SchemaMigrator;

/**
 * A fresh database migrated by the real changelogs, with the core's persistence unit running outside a container
 * (resource-local transactions). Close it after the test. It is an in-memory Derby, or with
 * {@code -Dengagement.test.database=postgresql} a database of its own on the PostgreSQL server described in
 * {@link TestPostgres}: the build runs every persistence test once on each.
 */
public final class TestDatabase implements AutoCloseable {

    private final DataSource dataSource;
    private final Map<String, Object> connection;
    private final Runnable drop;
    private final EntityManagerFactory emf;
    private final Map<String, EntityManagerFactory> moduleUnits = new HashMap<>();

    /** @param moduleChangelogs a sector module's own migrations, run after the core's, as the application runs them */
    public TestDatabase(String... moduleChangelogs) {
        this(TestPostgres.selected(), moduleChangelogs);
    }

    /** An in-memory Derby whichever database the run is on, e.g. as the source of a copy to PostgreSQL. */
    public static TestDatabase onDerby(String... moduleChangelogs) {
        return new TestDatabase(false, moduleChangelogs);
    }

    private TestDatabase(boolean postgresql, String... moduleChangelogs) {
        List<String> changelogs = new ArrayList<>(List.of(SchemaMigrator.CORE_CHANGELOG));
        changelogs.addAll(List.of(moduleChangelogs));
        if (postgresql) {
            TestPostgres.Database db =
                    TestPostgres.freshDatabase(changelogs, getClass().getClassLoader());
            dataSource = db.dataSource();
            connection = Map.of(
                    "jakarta.persistence.jdbc.driver",
                    "org.postgresql.Driver",
                    "jakarta.persistence.jdbc.url",
                    db.urlAsTheApplicationConnects(),
                    "jakarta.persistence.jdbc.user",
                    TestPostgres.user(),
                    "jakarta.persistence.jdbc.password",
                    TestPostgres.password());
            drop = db::drop;
        } else {
            String name = "memory:test-" + UUID.randomUUID();
            dataSource =
                    DerbyTemplates.freshDatabase(name, changelogs, getClass().getClassLoader());
            connection = Map.of(
                    "jakarta.persistence.jdbc.driver",
                    "org.apache.derby.iapi.jdbc.AutoloadedDriver",
                    "jakarta.persistence.jdbc.url",
                    "jdbc:derby:" + name);
            drop = () -> DerbyTemplates.drop(name);
        }
        emf = Persistence.createEntityManagerFactory("engagement", outsideContainer(Map.of()));
    }

    /** The database itself, for tests of plain JDBC code. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * An entity manager of the core's unit that the caller begins, commits and closes: for plain JDBC code under test
     * that also writes the change history through a {@code ChangeLog}.
     */
    public EntityManager createEntityManager() {
        return emf.createEntityManager();
    }

    private Map<String, Object> outsideContainer(Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", ""));
        properties.putAll(connection);
        properties.putAll(more);
        return properties;
    }

    /**
     * Runs the work with the core's unit and a sector module's unit, each in its own transaction, and commits
     * both; the module's unit counts its SQL statements in {@link StatementCounter}.
     */
    public <T> T inTransactions(String moduleUnit, BiFunction<EntityManager, EntityManager, T> work) {
        EntityManagerFactory module = moduleUnits.computeIfAbsent(
                moduleUnit,
                unit -> Persistence.createEntityManagerFactory(
                        unit,
                        outsideContainer(Map.of(
                                "eclipselink.logging.logger",
                                StatementCounter.class.getName(),
                                "eclipselink.logging.level.sql",
                                "FINE"))));
        return inTransaction(core -> inTransaction(module, moduleEm -> work.apply(core, moduleEm)));
    }

    /**
     * Runs the work in one transaction through a second factory on the same database, with a cache of its own, as a
     * second server of a cluster would reach it.
     */
    public <T> T inTransactionOnAnotherServer(Function<EntityManager, T> work) {
        EntityManagerFactory other = moduleUnits.computeIfAbsent(
                "engagement (another server)",
                unit -> Persistence.createEntityManagerFactory("engagement", outsideContainer(Map.of())));
        return inTransaction(other, work);
    }

    /** Runs the work in one transaction and commits it; rolls back if it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return inTransaction(emf, work);
    }

    private static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        moduleUnits.values().forEach(EntityManagerFactory::close);
        emf.close();
        drop.run();
    }
}
