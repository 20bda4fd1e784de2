package org.engagement.web.security;

import jakarta.servlet.http.HttpServletRequest;

/** For the pages where people change their own password: keeps the session they did it in. */
public final class SessionAfterPasswordChange {

    private SessionAfterPasswordChange() {}

    /** This session carries on (with a new id); the account's other sessions end at their next request. */
    public static void keep(HttpServletRequest request) {
        EngagementAuthentication.keepThisSession(request);
    }
}
