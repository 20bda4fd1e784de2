package org.engagement.core.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.engagement.core.user.Role;

/**
 * One event that needs a reminder: who to remind (a user, or every active user holding one of some roles), which record
 * (its id in the source's own table), the day it falls due, the words the reminder shows, and optionally the
 * organisation it concerns (the reminder then links to it).
 */
public record DueReminder(
        String username, Set<Role> roles, long recordId, LocalDate eventOn, String message, Long organisationId) {

    public DueReminder {
        if ((username == null) == (roles == null || roles.isEmpty())) {
            throw new IllegalArgumentException("A reminder goes to a user or to the holders of some roles: give one.");
        }
        Objects.requireNonNull(eventOn, "eventOn");
        Objects.requireNonNull(message, "message");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** To one user (by username). */
    public static DueReminder to(
            String username, long recordId, LocalDate eventOn, String message, Long organisationId) {
        return new DueReminder(username, null, recordId, eventOn, message, organisationId);
    }

    /** To every active user holding one of the roles, e.g. the licensing officers. */
    public static DueReminder toHoldersOf(
            Set<Role> roles, long recordId, LocalDate eventOn, String message, Long organisationId) {
        return new DueReminder(null, roles, recordId, eventOn, message, organisationId);
    }
}
