package org.engagement.core.spi;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented (as a CDI bean) by a module with records of its own that fall due, e.g. a driver's licence renewal. The
 * daily reminder run asks every implementation what is due on the day and turns each answer into a notification (and
 * an email, when email is on) at most once per recipient, kind, record and day, exactly as for the core's own reminders.
 */
public interface ReminderSource {

    /** Stable and unique, at most 30 characters, prefixed with the module id, e.g. {@code taxi.DRIVER_RENEWAL}. */
    String kind();

    /**
     * What needs a reminder when the run stands on {@code today}; the source chooses its own notice period. Called
     * without a signed-in user: read records directly, not through services that check the caller's role.
     */
    List<DueReminder> dueOn(LocalDate today);
}
