package org.engagement.core.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.shared.InvalidInputException;

/**
 * A quarter of the UK financial year, which starts on 1 April: Q1 is April to June, Q4 is January to March
 * of the next calendar year. The one place the application turns dates into quarters.
 *
 * @param startYear the calendar year in which the financial year starts (2016 for 2016/17)
 * @param number    1 to 4
 */
public record FinancialQuarter(int startYear, int number) implements Serializable, Comparable<FinancialQuarter> {

    public FinancialQuarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A financial quarter is numbered 1 to 4, not " + number);
        }
    }

    public static FinancialQuarter of(LocalDate date) {
        int monthsIntoYear = Math.floorMod(date.getMonthValue() - 4, 12);
        int startYear = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return new FinancialQuarter(startYear, monthsIntoYear / 3 + 1);
    }

    /** Every quarter that overlaps the range, in order; the range is refused if it ends before it starts. */
    public static List<FinancialQuarter> covering(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "The end date must be on or after the start date.");
        }
        List<FinancialQuarter> quarters = new ArrayList<>();
        for (FinancialQuarter q = of(from); !q.start().isAfter(to); q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1).plusMonths(3L * (number - 1));
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public FinancialQuarter next() {
        return number == 4 ? new FinancialQuarter(startYear + 1, 1) : new FinancialQuarter(startYear, number + 1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** As the partnership's reports write it, e.g. {@code Q1 2016/17}. */
    public String label() {
        return "Q" + number + " " + startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialQuarter other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return label();
    }
}
