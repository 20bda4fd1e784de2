package org.engagement.core.spi;

import java.io.Serializable;
import java.util.Set;

/**
 * One row of the retention schedule as its owner defines it: a kind of record, what its period counts from, the default
 * period and action (with why), and the actions it allows. A kind that counts in figures allows only
 * {@link RetentionAction#ANONYMISE}, so no schedule can change a figure.
 *
 * @param id stable and unique across the core and every module, e.g. {@code engagement} or {@code taxi-check-log}
 * @param label what the data protection officer reads, e.g. "Engagement"
 * @param countsFrom what the period counts from, as the end of a sentence: "the date of the visit, call or meeting"
 * @param defaultMonths the period until the data protection officer sets another
 * @param why why the default is what it is, in a sentence
 */
public record RetentionKind(
        String id,
        String label,
        String countsFrom,
        int defaultMonths,
        RetentionAction defaultAction,
        Set<RetentionAction> actions,
        String why)
        implements Serializable {

    public RetentionKind {
        if (id == null || !id.matches("[a-z][a-z0-9-]{1,59}")) {
            throw new IllegalArgumentException(
                    "A retention kind needs an id of lower-case letters, digits and dashes.");
        }
        if (defaultMonths < 1) {
            throw new IllegalArgumentException("A retention period is at least one month.");
        }
        actions = Set.copyOf(actions);
        if (!actions.contains(defaultAction)) {
            throw new IllegalArgumentException("The default action must be one the kind allows.");
        }
    }
}
