package org.engagement.plugins.taxi.domain;

import java.util.List;

/**
 * What an import did, and how long it took (rows and milliseconds, for the benchmark).
 *
 * @param updated for the register, drivers already on it whose line differs; for training, always 0
 * @param unchanged for the register, lines matching the register as it stands; for training, lines already on
 *        file (same person, course and completion date)
 */
public record ImportSummary(
        int rows, int created, int updated, int unchanged, List<String> operatorsCreated, long milliseconds) {

    public ImportSummary {
        operatorsCreated = List.copyOf(operatorsCreated);
    }
}
