package org.engagement.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.engagement.core.security.RequestOrigin;

/**
 * The core's {@link RequestOrigin}: the client address of the current HTTP request. Behind a proxy or load balancer
 * this is the proxy's address unless the server is told to trust its forwarding headers (see SECURITY.md).
 */
@ApplicationScoped
public class ServletRequestOrigin implements RequestOrigin {

    static final String APPLICATION = "application";

    @Inject
    private HttpServletRequest request;

    @Inject
    private BeanManager beans;

    @Override
    public String clientAddress() {
        try {
            if (!beans.getContext(RequestScoped.class).isActive()) {
                return APPLICATION;
            }
            String address = request.getRemoteAddr();
            return address == null ? APPLICATION : address;
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return APPLICATION;
        }
    }
}
