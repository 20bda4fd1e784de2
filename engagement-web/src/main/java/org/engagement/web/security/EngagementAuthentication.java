package org.engagement.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagement.core.user.Role;
import org.engagement.core.user.SignedInUser;

/**
 * One mechanism for two kinds of caller. People sign in on the login page and stay signed in for
 * the session; API clients send HTTP Basic credentials with every request and never get a session.
 * An unauthenticated request for a protected page is sent to the login page (and back afterwards);
 * one for the API gets 401.
 */
@ApplicationScoped
public class EngagementAuthentication implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = EngagementAuthentication.class.getName() + ".user";
    static final String RETURN_TO = EngagementAuthentication.class.getName() + ".returnTo";
    /** The caller's roles as this mechanism established them, for {@link SecurityContextActor} (a request attribute). */
    static final String ROLES = EngagementAuthentication.class.getName() + ".roles";
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API_PREFIX = "/api/";

    @Inject
    private CredentialCheck credentials;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (isApi(request)) {
            return authenticateApiCall(request, context);
        }
        if (context.isAuthenticationRequest()) {
            return signIn(request, context);
        }
        Optional<SignedInUser> user = sessionUser(request);
        if (user.isPresent()) {
            return login(request, context, user.get());
        }
        if (context.isProtected()) {
            return sendToLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<SignedInUser> user = credentials.verify(login.getCaller(), login.getPassword().getValue())
                .filter(u -> u.roles().stream().anyMatch(Role::signsInToPages));
        if (user.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        request.getSession().setAttribute(SIGNED_IN, user.get().username());
        return login(request, context, user.get());
    }

    /** The signed-in user of this session, as the account stands now (roles may have changed). */
    private Optional<SignedInUser> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SIGNED_IN);
        if (username == null) {
            return Optional.empty();
        }
        Optional<SignedInUser> user = credentials.current((String) username);
        if (user.isEmpty()) {
            session.invalidate(); // the account was disabled: sign it out
        }
        return user;
    }

    private AuthenticationStatus sendToLoginPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String loginUrl = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An AJAX request after the session expired: tell the Faces client to go to the login page.
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().printf(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"%s\"/></partial-response>",
                        loginUrl);
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        if (isPageVisit(request)) {
            String query = request.getQueryString();
            request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(loginUrl);
    }

    /** A person opening a page (not the browser fetching a favicon or an image), worth returning to. */
    private static boolean isPageVisit(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && (path.endsWith(".xhtml") || path.endsWith("/"));
    }

    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected() ? unauthorized(context) : context.doNothing();
        }
        Optional<String[]> pair = decode(header.substring(6).trim());
        Optional<SignedInUser> user = pair.flatMap(p -> credentials.verify(p[0], p[1].toCharArray()));
        return user.map(u -> login(request, context, u)).orElseGet(() -> unauthorized(context));
    }

    /** Tells the container who is calling, and keeps their roles on the request: asking the container is a policy check. */
    private static AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, SignedInUser user) {
        request.setAttribute(ROLES, user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles()));
        return context.notifyContainerAboutLogin(user.username(), groups(user.roles()));
    }

    private static AuthenticationStatus unauthorized(HttpMessageContext context) {
        context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"Engagement CRM\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static Optional<String[]> decode(String encoded) {
        try {
            String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {text.substring(0, colon), text.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
