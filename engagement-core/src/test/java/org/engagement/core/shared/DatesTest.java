package org.engagement.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as imported files write them. */
class DatesTest {

    @Test
    void readsIsoAndUkDates() {
        assertThat(Dates.parseFileDate("2016-04-30")).contains(LocalDate.of(2016, 4, 30));
        assertThat(Dates.parseFileDate("30/04/2016")).contains(LocalDate.of(2016, 4, 30));
        assertThat(Dates.parseFileDate("29/02/2024")).contains(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "31/02/2026",
                "29/02/2025",
                "2026-13-01",
                "2026-00-10",
                "00/01/2026",
                "2026-1-01",
                "26/11/26",
                "2026/11/26",
                "26-11-2026",
                "abcd-ef-gh",
                "2026-11-2x",
                "+026-11-26",
                "26/11/2026 ",
                "30/04/2016x"
            })
    void refusesAnythingElse(String text) {
        assertThat(Dates.parseFileDate(text)).isEmpty();
    }
}
