package org.engagement.core.shared;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The one place that knows how dates and times read to UK users and where "today" is. */
public final class Dates {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final Clock SYSTEM = Clock.system(UK);
    private static volatile Clock clock = SYSTEM;

    private Dates() {}

    /** "26 Nov 2026". */
    public static String describe(LocalDate date) {
        return date == null ? "" : TEXT_DATE.format(date);
    }

    /** "26 Nov 2026, 14:05" in UK local time. */
    public static String describe(Instant instant) {
        return instant == null ? "" : TEXT_TIME.format(instant.atZone(UK));
    }

    /**
     * A date as a file gives it: {@code 2016-04-30} or the UK's {@code 30/04/2016}; empty for anything else, including a
     * day the calendar lacks. Read by position, not by a DateTimeFormatter: a 100,000-line import reads two dates a line,
     * and the formatter's resolving was a tenth of the import's time.
     */
    public static Optional<LocalDate> parseFileDate(String text) {
        if (text == null || text.length() != 10) {
            return Optional.empty();
        }
        if (text.charAt(4) == '-' && text.charAt(7) == '-') {
            return of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        }
        if (text.charAt(2) == '/' && text.charAt(5) == '/') {
            return of(digits(text, 6, 10), digits(text, 3, 5), digits(text, 0, 2));
        }
        return Optional.empty();
    }

    /** The number written by the digits from {@code from} to {@code to}, or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        if (year < 0 || month < 0 || day < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    public static LocalDate today() {
        return LocalDate.now(clock);
    }

    public static Instant now() {
        return clock.instant();
    }

    /**
     * Sets the clock every rule that depends on "today" or "now" reads (the 7-day window for deleting an engagement,
     * when a reminder is due), so a test can stand on a chosen day. {@code null} returns to the system clock.
     */
    public static void useClock(Clock fixed) {
        clock = fixed == null ? SYSTEM : fixed;
    }
}
