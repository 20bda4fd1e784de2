package org.engagement.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import org.engagement.core.shared.Dates;

/** Dates and times as UK users read them, for pages: {@code #{format.date(d)}} gives "26 Nov 2026". */
@Named("format")
@ApplicationScoped
public class DisplayFormat {

    public String date(LocalDate date) {
        return Dates.describe(date);
    }

    public String dateTime(Instant instant) {
        return Dates.describe(instant);
    }

    /** Today in the UK, e.g. the latest date a date picker offers for something that has already happened. */
    public LocalDate today() {
        return Dates.today();
    }
}
