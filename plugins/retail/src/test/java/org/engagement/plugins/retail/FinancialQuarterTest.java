package org.engagement.plugins.retail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialQuarterTest {

    @Test
    void quartersFollowTheUkFinancialYearStartingInApril() {
        assertThat(FinancialQuarter.of(LocalDate.of(2015, 4, 1)).label()).isEqualTo("Q1 2015/16");
        assertThat(FinancialQuarter.of(LocalDate.of(2015, 9, 30)).label()).isEqualTo("Q2 2015/16");
        assertThat(FinancialQuarter.of(LocalDate.of(2015, 12, 31)).label()).isEqualTo("Q3 2015/16");
        assertThat(FinancialQuarter.of(LocalDate.of(2016, 1, 1)).label()).isEqualTo("Q4 2015/16");
        assertThat(FinancialQuarter.of(LocalDate.of(2016, 3, 31)).label()).isEqualTo("Q4 2015/16");
        assertThat(FinancialQuarter.of(LocalDate.of(1999, 10, 5)).label()).isEqualTo("Q3 1999/00");
    }
}
