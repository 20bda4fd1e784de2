package org.engagement.core.testing.application;

import jakarta.persistence.EntityManager;

/** Stands in for a module's application class that queries through the entity manager itself (ModuleContractTest). */
public class QueriesDirectly {

    EntityManager em;
}
