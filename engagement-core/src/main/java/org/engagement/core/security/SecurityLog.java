package org.engagement.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.PageOf;
import org.engagement.core.user.Role;

/**
 * Writes and reads the security log. Account changes are written in the transaction that makes them, so a change
 * and its entry are saved together or not at all; sign-in events get a transaction of their own.
 */
@ApplicationScoped
@Transactional
public class SecurityLog {

    @Inject
    private SecurityEventRepository events;

    @Inject
    private Actor actor;

    @Inject
    private RequestOrigin origin;

    private Clock clock = Clock.systemUTC();

    protected SecurityLog() {}

    /** For use as a plain library. */
    public SecurityLog(SecurityEventRepository events, Actor actor, RequestOrigin origin, Clock clock) {
        this.events = events;
        this.actor = actor;
        this.origin = origin;
        this.clock = clock;
    }

    /** A sign-in attempt or its consequence: the person acting is the one signing in, as they typed their name. */
    public void signIn(SecurityEventType type, String username, String detail) {
        events.add(
                new SecurityEvent(clock.instant(), type, username, clipName(username), origin.clientAddress(), detail));
    }

    /** A change to an account made by the current actor (an administrator, or the account's owner). */
    public void accountChange(SecurityEventType type, String username, String detail) {
        events.add(
                new SecurityEvent(clock.instant(), type, username, actor.username(), origin.clientAddress(), detail));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<SecurityEvent> page(SecurityLogQuery query) {
        if (!actor.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator can read the security log.");
        }
        return events.page(query);
    }

    private static String clipName(String username) {
        String name = username == null || username.isBlank() ? "(none)" : username.strip();
        return name.length() <= 40 ? name : name.substring(0, 40);
    }
}
