package org.engagement.core.reminder;

/** What a reminder is about. */
public enum ReminderKind {
    FOLLOW_UP_DUE,
    POLICY_REVIEW_DUE
}
