/**
 * Reminders: what falls due (a follow-up, a safeguarding policy review) becomes a notification for the officer
 * responsible, at most once per event, by a daily job. On screen only so far; email is not built yet.
 */
package org.engagement.core.reminder;
