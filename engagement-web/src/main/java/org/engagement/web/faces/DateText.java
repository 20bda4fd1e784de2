package org.engagement.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import org.engagement.core.shared.Dates;

/** Dates and times as UK readers expect them in page text ("26 Nov 2026"), for use in EL as {@code #{dateText}}. */
@Named
@ApplicationScoped
public class DateText {

    public String date(LocalDate date) {
        return Dates.describe(date);
    }

    public String time(Instant instant) {
        return Dates.describe(instant);
    }

    public LocalDate today() {
        return Dates.today();
    }
}
