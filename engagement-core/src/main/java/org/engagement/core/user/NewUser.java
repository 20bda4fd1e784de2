package org.engagement.core.user;

import java.util.Set;

/**
 * What an administrator supplies to create an account.
 *
 * @param email where reminders are emailed; null or blank for none
 * @param reminderEmails one email per reminder or a weekly digest; null for one each
 */
public record NewUser(
        String username,
        String displayName,
        Set<Role> roles,
        char[] password,
        String email,
        ReminderEmails reminderEmails) {

    /** An account without an email address: its reminders are on screen only. */
    public NewUser(String username, String displayName, Set<Role> roles, char[] password) {
        this(username, displayName, roles, password, null, ReminderEmails.EACH);
    }
}
