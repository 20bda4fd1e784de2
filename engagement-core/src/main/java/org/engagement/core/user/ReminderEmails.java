package org.engagement.core.user;

/** How an account with an email address gets its reminders by email (they are always on screen too). */
public enum ReminderEmails {
    /** One email for each reminder, on the day it falls due. */
    EACH("One email for each reminder"),
    /** One email on Mondays listing the week's reminders. */
    WEEKLY_DIGEST("A weekly digest on Mondays");

    private final String label;

    ReminderEmails(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
