package org.engagement.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is Secure once TLS is on: done here rather than in web.xml (which sets HttpOnly and
 * payara-web.xml SameSite=Lax) because it depends on the configuration.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    private TransportSecurity transport;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setSecure(transport.isOn());
    }
}
