package org.engagement.plugins.retail;

import java.time.LocalDate;

/**
 * A UK financial-year quarter: Q1 is April to June. {@code year} is the year the financial year starts, so
 * January 2026 is Q4 of 2025/26. (To move to the core's reporting package once it has one.)
 */
public record FinancialQuarter(int year, int quarter) {

    public FinancialQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4: " + quarter);
        }
    }

    public static FinancialQuarter of(LocalDate date) {
        int monthsIntoYear = (date.getMonthValue() + 8) % 12;
        return new FinancialQuarter(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1, monthsIntoYear / 3 + 1);
    }

    /** As the council's reports write it, e.g. "Q3 2015/16". */
    public String label() {
        return "Q" + quarter + " " + year + "/" + String.format("%02d", (year + 1) % 100);
    }
}
