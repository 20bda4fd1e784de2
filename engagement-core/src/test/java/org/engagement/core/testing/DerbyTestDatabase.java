package org.engagement.core.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.engagement.core.migration.SchemaMigrator;

/**
 * A fresh in-memory Derby database migrated by the real changelogs, with the core's persistence unit
 * running outside a container (resource-local transactions). Close it after the test.
 */
public final class DerbyTestDatabase implements AutoCloseable {

    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private final EntityManagerFactory emf;

    public DerbyTestDatabase() {
        String name = "memory:test-" + UUID.randomUUID();
        dataSource.setDatabaseName(name);
        dataSource.setCreateDatabase("create");
        new SchemaMigrator(getClass().getClassLoader()).migrate(dataSource, List.of(SchemaMigrator.CORE_CHANGELOG));
        emf = Persistence.createEntityManagerFactory("engagement", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver",
                "jakarta.persistence.jdbc.url", "jdbc:derby:" + name));
    }

    /** Runs the work in one transaction and commits it; rolls back if it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
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
        emf.close();
    }
}
