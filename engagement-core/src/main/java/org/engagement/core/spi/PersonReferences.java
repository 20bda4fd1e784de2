package org.engagement.core.spi;

import java.util.List;

/**
 * Implemented (as a CDI bean) by a module whose records point at a core person, e.g. a driver record. Before a person
 * is deleted the core asks every implementation what still refers to them, and refuses with those words, so nothing
 * a module keeps is left pointing at nobody.
 */
public interface PersonReferences {

    /** What of the module's records still refer to the person, e.g. "1 taxi driver record"; empty when none do. */
    List<String> describe(long personId);
}
