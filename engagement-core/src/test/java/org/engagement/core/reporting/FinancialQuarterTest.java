package org.engagement.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.engagement.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class FinancialQuarterTest {

    private static FinancialQuarter of(String date) {
        return FinancialQuarter.of(LocalDate.parse(date));
    }

    @Test
    void thirtyFirstMarchIsTheLastDayOfTheFinancialYearAndFirstAprilStartsTheNext() {
        assertThat(of("2016-03-31").label()).isEqualTo("Q4 2015/16");
        assertThat(of("2016-04-01").label()).isEqualTo("Q1 2016/17");
    }

    @Test
    void juneEndsTheFirstQuarterAndJulyStartsTheSecond() {
        assertThat(of("2016-06-30").label()).isEqualTo("Q1 2016/17");
        assertThat(of("2016-07-01").label()).isEqualTo("Q2 2016/17");
    }

    @Test
    void decemberIsInTheThirdQuarterAndJanuaryInTheFourthOfTheSameFinancialYear() {
        assertThat(of("2016-12-31").label()).isEqualTo("Q3 2016/17");
        assertThat(of("2017-01-01").label()).isEqualTo("Q4 2016/17");
    }

    @Test
    void quarterKnowsItsFirstAndLastDayAndTheNextQuarter() {
        FinancialQuarter q4 = of("2017-02-14");
        assertThat(q4.start()).isEqualTo(LocalDate.parse("2017-01-01"));
        assertThat(q4.end()).isEqualTo(LocalDate.parse("2017-03-31"));
        assertThat(q4.next()).isEqualTo(new FinancialQuarter(2017, 1));
        assertThat(q4.next().start()).isEqualTo(LocalDate.parse("2017-04-01"));
        assertThat(of("2015-05-01").end()).isEqualTo(LocalDate.parse("2015-06-30"));
    }

    @Test
    void centuryTurnIsLabelledWithTwoDigits() {
        assertThat(of("2099-04-01").label()).isEqualTo("Q1 2099/00");
    }

    @Test
    void rangeCoversEveryQuarterItTouches() {
        assertThat(FinancialQuarter.covering(LocalDate.parse("2015-04-01"), LocalDate.parse("2016-09-30")))
                .extracting(FinancialQuarter::label)
                .containsExactly("Q1 2015/16", "Q2 2015/16", "Q3 2015/16", "Q4 2015/16", "Q1 2016/17", "Q2 2016/17");
        assertThat(FinancialQuarter.covering(LocalDate.parse("2016-06-30"), LocalDate.parse("2016-07-01")))
                .hasSize(2);
    }

    @Test
    void rangeEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(
                        () -> FinancialQuarter.covering(LocalDate.parse("2016-04-02"), LocalDate.parse("2016-04-01")))
                .isInstanceOf(InvalidInputException.class);
    }
}
