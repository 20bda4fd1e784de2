package org.engagement.core.organisation;

import java.util.Optional;
import java.util.Set;

/** Where organisations are kept. */
public interface OrganisationRepository {

    Optional<Organisation> findById(long id);

    Optional<Organisation> findByNameKeyAndPostcode(String nameKey, Postcode postcode);

    /** One page of the organisations in the given sectors that match the search, and the total that match. */
    PageOf<Organisation> search(OrganisationSearch search, Set<Sector> sectors);

    long countChildren(Organisation parent);

    void add(Organisation organisation);

    void remove(Organisation organisation);

    /** Writes pending changes now, so a concurrent update is detected inside the service's transaction. */
    void flush();
}
