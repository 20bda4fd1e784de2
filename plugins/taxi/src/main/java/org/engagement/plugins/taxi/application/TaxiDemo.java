package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.engagement.core.spi.DemoRecords;
import org.engagement.core.spi.DemoSeed;
import org.engagement.plugins.taxi.domain.LicenceType;

/**
 * The demo's driver register, as the council report has it: 836 licensed drivers, of whom 627 (75%) hold valid
 * safeguarding training; of the rest, some never trained and some let it lapse. Licences fall due across three years,
 * so a few come up for renewal every week. Loaded through the register and training imports a council would use, and
 * action 4.2's measure is bound to the share of drivers trained, aiming at 85% by the plan's end.
 */
@ApplicationScoped
public class TaxiDemo {

    static final int DRIVERS = 836;
    static final int TRAINED = 627;
    private static final int LAPSED = 59;
    private static final String[] OPERATORS = {
        "Star Cars", "Doncaster Taxis", "Station Cabs", "Metro Private Hire", "Airport Executive", "Town Cars"
    };
    private static final String[] SURNAMES = {
        "Khan",
        "Smith",
        "Hussain",
        "Jones",
        "Ahmed",
        "Taylor",
        "Ali",
        "Brown",
        "Iqbal",
        "Wilson",
        "Shah",
        "Walker",
        "Mahmood",
        "Wright",
        "Akhtar",
        "Kowalski",
        "Patel",
        "Green",
        "Rashid",
        "Hall",
        "Nowak",
        "Clarke",
        "Begum"
    };
    private static final String[] FORENAMES = {
        "Imran", "John", "Tariq", "David", "Asif", "Peter", "Zahid", "Mark", "Sajid", "Paul", "Adam", "Jo", "Kamran",
        "Steven", "Piotr", "Gary", "Nadeem", "Lee", "Usman", "Karen", "Tomasz", "Shabana"
    };
    /** Spreads trained drivers over the register rather than the first 627 of it (coprime with 836). */
    private static final int SHUFFLE = 7919;

    @Inject
    private RegisterImport imports;

    public void seed(DemoSeed seed, DemoRecords records) {
        imports.importDrivers(csv(register(seed.today())));
        imports.importTraining(csv(training(seed.today())));
        records.bindMeasure("4.2", TaxiFigures.DRIVERS_TRAINED, new BigDecimal("85"));
    }

    private static String register(LocalDate today) {
        StringBuilder csv = new StringBuilder(
                "licence_number,licence_type,surname,forenames,date_of_birth,licence_expiry,operator_name,status\n");
        for (int i = 0; i < DRIVERS; i++) {
            LicenceType type = LicenceType.values()[i % LicenceType.values().length];
            csv.append(licence(i))
                    .append(',')
                    .append(type.name())
                    .append(',')
                    .append(SURNAMES[i % SURNAMES.length])
                    .append(',')
                    .append(FORENAMES[(i / SURNAMES.length) % FORENAMES.length])
                    .append(',')
                    .append(LocalDate.of(1960, 1, 1).plusDays(i * 41L % 14_000))
                    .append(',')
                    .append(today.plusDays(1 + i * 37L % 1095))
                    .append(',')
                    .append(i % 5 == 4 ? "" : OPERATORS[i % OPERATORS.length])
                    .append(",ACTIVE\n");
        }
        return csv.toString();
    }

    /** The first {@link #TRAINED} in shuffled order within the last 30 months; the next {@link #LAPSED} lapsed. */
    private static String training(LocalDate today) {
        StringBuilder csv = new StringBuilder("licence_number,course_code,completed_on,certificate_number\n");
        for (int i = 0; i < DRIVERS; i++) {
            int rank = (int) ((long) i * SHUFFLE % DRIVERS);
            LocalDate completed;
            if (rank < TRAINED) {
                completed = today.minusDays(14 + rank * 7L % 900);
            } else if (rank < TRAINED + LAPSED) {
                completed = today.minusMonths(40 + rank % 10);
            } else {
                continue;
            }
            csv.append(licence(i))
                    .append(",TAXI-CSE,")
                    .append(completed)
                    .append(",CSE-")
                    .append(10_000 + i)
                    .append('\n');
        }
        return csv.toString();
    }

    private static String licence(int i) {
        return String.format("DMBC-%04d", i + 1);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
