package org.engagement.core.reminder;

/** What a core reminder is about (sector modules name their own kinds, see {@code ReminderSource}). */
public enum ReminderKind {
    FOLLOW_UP_DUE,
    POLICY_REVIEW_DUE,
    TRAINING_EXPIRES,
    AGREEMENT_REVIEW_DUE,
    AUDIT_ACTION_DUE
}
