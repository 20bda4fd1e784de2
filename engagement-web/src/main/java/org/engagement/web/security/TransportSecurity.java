package org.engagement.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the server runs with TLS: ENGAGEMENT_TLS_PORT is set (with ENGAGEMENT_TLS_KEYSTORE, which the run command
 * hands to Payara Micro). With TLS on, plain HTTP is redirected to HTTPS, HSTS is sent and cookies are Secure.
 */
@ApplicationScoped
public class TransportSecurity {

    @Inject
    @ConfigProperty(name = "engagement.tls.port")
    private Optional<Integer> tlsPort;

    public boolean isOn() {
        return tlsPort.isPresent();
    }

    /** A plain-HTTP request that should be repeated over HTTPS (all of them, once TLS is on; health checks excepted). */
    boolean redirectsToHttps(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return isOn() && !request.isSecure() && !path.startsWith("/health");
    }

    String httpsUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        int port = tlsPort.orElseThrow();
        return "https://" + request.getServerName() + (port == 443 ? "" : ":" + port) + request.getRequestURI()
                + (query == null ? "" : "?" + query);
    }
}
