package org.engagement.plugins.taxi.domain;

import java.util.List;

/**
 * Which drivers a bulk check covers: licences expiring in the next {@code days} days, or the licences listed.
 *
 * @param trainingShortOnly only active drivers whose training will have run out by their licence's expiry
 * @param licenceNumbers    null or empty: every licence in the window
 */
public record BulkCheckQuery(int days, List<String> licenceNumbers, boolean trainingShortOnly, int first, int size) {

    public static final int MAX_DAYS = 366;
    public static final int MAX_LICENCES = 2000;
}
