package org.engagement.plugins.taxi.domain;

import java.util.List;

/**
 * One page of a bulk renewal check.
 *
 * @param total           drivers the check covers
 * @param notEligible     of those, how many may not be renewed
 * @param unknownLicences listed licence numbers that are not on the register
 */
public record BulkCheck(List<BulkCheckRow> rows, long total, long notEligible, List<String> unknownLicences) {}
