package org.engagement.core.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one place that knows how dates and times read to UK users and where "today" is. */
public final class Dates {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Dates() {
    }

    /** "26 Nov 2026". */
    public static String describe(LocalDate date) {
        return date == null ? "" : TEXT_DATE.format(date);
    }

    /** "26 Nov 2026, 14:05" in UK local time. */
    public static String describe(Instant instant) {
        return instant == null ? "" : TEXT_TIME.format(instant.atZone(UK));
    }

    public static LocalDate today() {
        return LocalDate.now(UK);
    }
}
