package org.engagement.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie: HttpOnly, SameSite=Lax always (a cross-site POST never carries it), Secure once TLS is on.
 * Done here rather than in web.xml because Secure depends on the configuration.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    private TransportSecurity transport;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(transport.isOn());
    }
}
