/**
 * Reminders: what falls due (a follow-up, a safeguarding policy review) becomes a notification for the officer
 * responsible, at most once per event, by a daily job; it is shown on screen and, when an SMTP server is configured and
 * the officer's account has an address, emailed once (at once or in a weekly digest).
 */
package org.engagement.core.reminder;
