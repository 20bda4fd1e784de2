package org.engagement.plugins.taxi.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.engagement.core.shared.InvalidLinesException;
import org.engagement.core.shared.InvalidLinesException.LineError;
import org.engagement.plugins.taxi.domain.LicenceType;
import org.junit.jupiter.api.Test;

/** The module's two import files: every problem is reported on the line a text editor or spreadsheet shows. */
class TaxiCsvTest {

    private static final String REGISTER_HEADER =
            "licence_number,licence_type,surname,forenames,date_of_birth,licence_expiry,operator_name,status\n";

    private static InputStream file(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void problemsAfterBlankLinesAndQuotedLineBreaksAreReportedOnTheirOwnLines() {
        String register = REGISTER_HEADER // line 1
                + "PH-1,PRIVATE_HIRE,Khan,Imran,1980-01-01,2027-01-01,,ACTIVE\n" // line 2
                + "\n" // line 3: blank
                + "\n" // line 4: blank
                + "PH-2,PRIVATE_HIRE,Lee,Amy,1981-02-02,2027-01-01,\"Ace\nCars\",ACTIVE\n" // lines 5-6
                + "PH-1,PRIVATE_HIRE,Khan,Imran,1980-01-01,2027-01-01,,ACTIVE\n" // line 7: duplicate
                + "PH-3,PRIVATE_HIRE,Shah,,1982-03-03,not a date,,ACTIVE\n"; // line 8

        assertThatThrownBy(() -> TaxiCsv.register(file(register)))
                .isInstanceOf(InvalidLinesException.class)
                .satisfies(
                        e -> assertThat(((InvalidLinesException) e).lines())
                                .containsExactly(
                                        new LineError(7, "licence_number PH-1 also appears on line 2."),
                                        new LineError(8, "forenames is missing."),
                                        new LineError(
                                                8,
                                                "licence_expiry 'not a date' is not a date; write it as 2016-04-30 or 30/04/2016.")));
    }

    @Test
    void aTrainingLineAfterABlankLineKeepsItsLineNumber() {
        String training = "licence_number,course_code,completed_on,certificate_number\n"
                + "PH-1,TAXI-CSE,2025-05-01,C-1\n"
                + "\n"
                + "PH-9,TAXI-CSE,2025-05-01,C-2\n";

        assertThatThrownBy(() ->
                        TaxiCsv.training(file(training), LocalDate.of(2026, 1, 1), Set.of("PH-1"), Set.of("TAXI-CSE")))
                .isInstanceOf(InvalidLinesException.class)
                .satisfies(e -> assertThat(((InvalidLinesException) e).lines())
                        .containsExactly(new LineError(4, "licence_number PH-9 is not on the driver register.")));
    }

    @Test
    void aValidRegisterIsReadWithEachDriversLine() {
        var rows = TaxiCsv.register(file("\uFEFF" + REGISTER_HEADER.toUpperCase()
                + "\n"
                + "PH-1,Private hire,Khan,Imran,01/01/1980,2027-01-01,Ace Cars,active\n"));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.licenceType()).isEqualTo(LicenceType.PRIVATE_HIRE);
            assertThat(row.dateOfBirth()).isEqualTo(LocalDate.of(1980, 1, 1));
            assertThat(row.operatorName()).isEqualTo("Ace Cars");
        });
    }
}
