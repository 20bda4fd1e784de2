package org.engagement.core.training;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.reporting.FinancialQuarter;

/** People trained per audience (rows) per financial quarter (columns); every total is computed, never stored. */
public record QuarterlyFigures(List<FinancialQuarter> quarters, List<Row> rows) implements Serializable {

    public QuarterlyFigures {
        quarters = List.copyOf(quarters);
        rows = List.copyOf(rows);
    }

    public record Row(String audienceCode, String audienceLabel, List<Long> counts) implements Serializable {

        public Row {
            counts = List.copyOf(counts);
        }

        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Column totals, one per quarter. */
    public List<Long> totals() {
        List<Long> totals = new ArrayList<>();
        for (int q = 0; q < quarters.size(); q++) {
            final int column = q;
            totals.add(rows.stream().mapToLong(r -> r.counts().get(column)).sum());
        }
        return totals;
    }

    public long grandTotal() {
        return rows.stream().mapToLong(Row::total).sum();
    }

    public long count(String audienceCode, FinancialQuarter quarter) {
        int column = quarters.indexOf(quarter);
        return rows.stream()
                .filter(r -> r.audienceCode().equals(audienceCode))
                .findFirst()
                .map(r -> column < 0 ? 0L : r.counts().get(column))
                .orElse(0L);
    }
}
