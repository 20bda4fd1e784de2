package org.engagement.core.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.shared.PageOf;

/** Where organisations are kept. */
public interface OrganisationRepository {

    Optional<Organisation> findById(long id);

    Optional<Organisation> findByNameKeyAndPostcode(String nameKey, Postcode postcode);

    /** Every organisation whose name key is one of these: an import's possible matches, asked once per file. */
    List<Organisation> findByNameKeys(Collection<String> nameKeys);

    /** One page of the organisations in the given sectors that match the search, in the search's order. */
    List<Organisation> list(OrganisationSearch search, Set<Sector> sectors);

    /** How many organisations in the given sectors match the search's filters. */
    long count(OrganisationSearch search, Set<Sector> sectors);

    /**
     * One page and the total that match. The total is counted only when the page cannot tell it: a page that is
     * not full ends the list, which spares a filtered search its second pass over the table.
     */
    default PageOf<Organisation> search(OrganisationSearch search, Set<Sector> sectors) {
        List<Organisation> items = list(search, sectors);
        boolean pageEndsTheList = items.size() < search.size() && (!items.isEmpty() || search.first() == 0);
        return new PageOf<>(items, pageEndsTheList ? search.first() + items.size() : count(search, sectors));
    }

    long countChildren(Organisation parent);

    void add(Organisation organisation);

    void remove(Organisation organisation);

    /** Writes pending changes now, so a concurrent update is detected inside the service's transaction. */
    /**
     * Writes what is pending and stops managing every entity of the transaction's persistence context, so that the next
     * batch of a bulk insert does not compare all the earlier ones again at each flush (the cost of a batch then grew
     * with the rows before it: an import of 50,000 organisations took 127 s).
     */
    void flushAndForget();

    void flush();

    /** The names of everyone under a restriction of processing, to mask in organisations' notes. */
    Collection<String> restrictedNames();
}
