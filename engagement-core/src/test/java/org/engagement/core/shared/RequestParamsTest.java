package org.engagement.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class RequestParamsTest {

    @Test
    void aDateIsReadAsYearMonthDayAndBlankIsNotGiven() {
        assertThat(RequestParams.date(" 2016-04-01 ", "from")).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(RequestParams.date("  ", "from")).isNull();
        assertThat(RequestParams.date(null, "from")).isNull();
    }

    @Test
    void anUnreadableDateIsAFieldErrorSayingHowToWriteIt() {
        assertThatThrownBy(() -> RequestParams.date("01/04/2016", "from"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("from");
                            assertThat(error.message()).isEqualTo("Write the date as YYYY-MM-DD, e.g. 2016-04-01.");
                        }));
    }

    @Test
    void aChoiceIsReadInAnyCaseAndAnUnknownOneListsTheChoices() {
        assertThat(RequestParams.choice(Month.class, " april ", "month")).isEqualTo(Month.APRIL);
        assertThat(RequestParams.choice(Month.class, "", "month")).isNull();
        assertThatThrownBy(() -> RequestParams.choice(Month.class, "Aprill", "month"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("month");
                            assertThat(error.message())
                                    .startsWith("Unknown month 'Aprill'. Choose one of [JANUARY, FEBRUARY,");
                        }));
    }
}
