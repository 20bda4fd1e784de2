package org.engagement.core.spi;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.engagement.core.access.RoleSets;
import org.engagement.core.shared.Actor;

/**
 * Restriction of processing (Article 18), as the core and sector modules apply it: a restricted person's data stays,
 * but only a data protection officer is shown it, in no list or export of anyone else, until the restriction is
 * lifted. The core keeps which people are restricted; a module reads it through the published view below (joined in
 * its own SQL, so a paged register stays paged in the database) and asks {@link #hideFrom} whether the reader is one
 * the restriction applies to.
 */
public final class RestrictedPeople {

    /** {@code person_id}: every person under a restriction of processing now. */
    public static final String VIEW = "published_restricted_person";

    private RestrictedPeople() {}

    /** Whether restricted people are hidden from this reader: from everyone but a data protection officer. */
    public static boolean hideFrom(Actor actor) {
        return !RoleSets.holds(actor, RoleSets.DATA_PROTECTION_OFFICERS);
    }

    /**
     * A condition for a module's SQL that leaves out rows of restricted people when the reader may not see them
     * ({@code personIdColumn} is the row's column naming the core person, e.g. {@code d.person_id}); always true for a
     * data protection officer. It has no parameters, so it can go anywhere in a WHERE clause.
     */
    public static String notHiddenCondition(Actor actor, String personIdColumn) {
        if (!hideFrom(actor)) {
            return "1 = 1";
        }
        return "NOT EXISTS (SELECT 1 FROM " + VIEW + " rp WHERE rp.person_id = " + personIdColumn + ")";
    }

    /** The items whose person is not hidden from the reader ({@code restricted} tells whether a person is). */
    public static <T> List<T> shownTo(Actor actor, Collection<T> items, Function<T, Boolean> restricted) {
        if (!hideFrom(actor)) {
            return List.copyOf(items);
        }
        return items.stream().filter(item -> !restricted.apply(item)).toList();
    }
}
