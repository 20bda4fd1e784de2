package org.engagement.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.engagement.core.user.Role;
import org.engagement.core.user.SignedInUser;
import org.engagement.web.api.ApiError;

/**
 * One mechanism for two kinds of caller. People sign in on the login page and stay signed in for
 * the session; API clients send HTTP Basic credentials with every request and never get a session.
 * An unauthenticated request for a protected page is sent to the login page (and back afterwards);
 * one for the API gets 401.
 */
@ApplicationScoped
public class EngagementAuthentication implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = EngagementAuthentication.class.getName() + ".user";
    /** When this session signed in (an {@link Instant}): for the absolute lifetime, and to end it when the account changes. */
    static final String SIGNED_IN_AT = EngagementAuthentication.class.getName() + ".signedInAt";
    /** Set on the request when a sign-in was refused because of too many failures (an {@link Instant}). */
    static final String REFUSED_UNTIL = EngagementAuthentication.class.getName() + ".refusedUntil";

    static final String RETURN_TO = EngagementAuthentication.class.getName() + ".returnTo";
    /** A {@link PendingSignIn}: the password was right, the sign-in code is still to come. */
    static final String AWAITING_CODE = EngagementAuthentication.class.getName() + ".awaitingCode";
    /** Set on the request when a sign-in code was asked for without a recent right password. */
    static final String CODE_NOT_EXPECTED = EngagementAuthentication.class.getName() + ".codeNotExpected";
    /** Set in the session of an account that must set up a second factor before it may use any other page. */
    static final String MUST_SET_UP_SECOND_FACTOR = EngagementAuthentication.class.getName() + ".mustSetUp";
    /** The caller's roles as this mechanism established them, for {@link SecurityContextActor} (a request attribute). */
    static final String ROLES = EngagementAuthentication.class.getName() + ".roles";

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String CODE_PAGE = "/login-code.xhtml";
    static final String SET_UP_PAGE = "/account/two-step.xhtml";
    /** What an account that must set up its second factor may still open. */
    private static final Set<String> OPEN_BEFORE_SET_UP = Set.of(
            SET_UP_PAGE,
            "/accessibility.xhtml",
            "/errors/403.xhtml",
            "/errors/404.xhtml",
            "/errors/500.xhtml",
            "/errors/expired.xhtml");

    private static final String API_PREFIX = "/api/";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private CredentialCheck credentials;

    @Inject
    private SignInGate gate;

    @Inject
    private TransportSecurity transport;

    /** However active a session is, it ends this long after signing in (ASVS 3.3.2); the idle timeout is in web.xml. */
    @Inject
    @ConfigProperty(name = "engagement.session.absolute-hours", defaultValue = "12")
    private long absoluteSessionHours;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            if (SecurityHeadersFilter.answeredEarly(request, response, transport)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (isApi(request)) {
            return authenticateApiCall(request, context);
        }
        if (context.isAuthenticationRequest()) {
            return signIn(request, context);
        }
        Optional<SignedInUser> user = sessionUser(request);
        if (user.isPresent()) {
            if (mustSetUpSecondFactorFirst(request)) {
                return redirect(request, response, context, request.getContextPath() + SET_UP_PAGE);
            }
            return login(request, context, user.get());
        }
        if (context.isProtected()) {
            return sendToLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof SignInCodeCredential code) {
            return signInWithCode(request, context, code.code());
        }
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInGate.Outcome outcome = gate.signIn(
                login.getCaller(),
                login.getPassword().getValue(),
                request.getRemoteAddr(),
                u -> u.roles().stream().anyMatch(Role::signsInToPages),
                "form");
        if (!outcome.succeeded()) {
            if (outcome.isRefused()) {
                request.setAttribute(REFUSED_UNTIL, outcome.refusedUntil());
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = newSessionId(request);
        if (outcome.secondFactor() == SignInGate.SecondFactor.CODE_NEEDED) {
            session.removeAttribute(SIGNED_IN);
            session.setAttribute(AWAITING_CODE, new PendingSignIn(outcome.user().username(), Instant.now()));
            return context.redirect(request.getContextPath() + CODE_PAGE);
        }
        if (outcome.secondFactor() == SignInGate.SecondFactor.MUST_SET_UP) {
            session.setAttribute(MUST_SET_UP_SECOND_FACTOR, Boolean.TRUE);
            session.setAttribute(RETURN_TO, request.getContextPath() + SET_UP_PAGE);
        }
        return signedIn(request, context, session, outcome.user());
    }

    /** The second step: the code for the account whose password this session gave in the last few minutes. */
    private AuthenticationStatus signInWithCode(HttpServletRequest request, HttpMessageContext context, String code) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(AWAITING_CODE);
        if (pending == null || pending.expired(Instant.now())) {
            request.setAttribute(CODE_NOT_EXPECTED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInGate.Outcome outcome = gate.signInCode(pending.username(), code, request.getRemoteAddr());
        if (!outcome.succeeded()) {
            if (outcome.isRefused()) {
                request.setAttribute(REFUSED_UNTIL, outcome.refusedUntil());
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession signedIn = newSessionId(request);
        signedIn.removeAttribute(AWAITING_CODE);
        return signedIn(request, context, signedIn, outcome.user());
    }

    private static HttpSession newSessionId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        return request.getSession();
    }

    private static AuthenticationStatus signedIn(
            HttpServletRequest request, HttpMessageContext context, HttpSession session, SignedInUser user) {
        session.setAttribute(SIGNED_IN, user.username());
        session.setAttribute(SIGNED_IN_AT, Instant.now());
        return login(request, context, user);
    }

    /** Once the account's second factor is set up, this session may use every page its roles allow. */
    public static void secondFactorSetUp(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(MUST_SET_UP_SECOND_FACTOR);
        }
    }

    private static boolean mustSetUpSecondFactorFirst(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(MUST_SET_UP_SECOND_FACTOR) == null) {
            return false;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !OPEN_BEFORE_SET_UP.contains(path) && !path.startsWith("/jakarta.faces.resource/");
    }

    /** After the person changed their own password: this session carries on, their other sessions end. */
    static void keepThisSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
            session.setAttribute(SIGNED_IN_AT, Instant.now());
        }
    }

    /** The signed-in user of this session, as the account stands now (roles may have changed). */
    private Optional<SignedInUser> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SIGNED_IN);
        if (username == null) {
            return Optional.empty();
        }
        Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : Instant.EPOCH;
        Optional<SignedInUser> user = credentials
                .current((String) username, signedInAt)
                .filter(u -> Instant.now().isBefore(signedInAt.plus(Duration.ofHours(absoluteSessionHours))));
        if (user.isEmpty()) {
            // The account was disabled, its password or roles changed since, or the session is too old: sign it out.
            session.invalidate();
        }
        return user;
    }

    private AuthenticationStatus sendToLoginPage(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isPageVisit(request) && !"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            String query = request.getQueryString();
            request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return redirect(request, response, context, request.getContextPath() + LOGIN_PAGE);
    }

    /** Sends the browser to another page; an AJAX request is told so in the form the Faces client follows. */
    private static AuthenticationStatus redirect(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String url) {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .printf(
                                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"%s\"/></partial-response>",
                                url);
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
        }
        return context.redirect(url);
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
        if (pair.isEmpty()) {
            return unauthorized(context);
        }
        SignInGate.Outcome outcome =
                gate.signIn(pair.get()[0], pair.get()[1].toCharArray(), request.getRemoteAddr(), u -> true, "API");
        if (outcome.isRefused()) {
            return tooManyAttempts(context, outcome.retryAfterSeconds());
        }
        if (outcome.succeeded() && outcome.secondFactor() != SignInGate.SecondFactor.NONE) {
            gate.refusePasswordOnly(outcome.user().username());
            return secondFactorAccount(context);
        }
        return outcome.succeeded() ? login(request, context, outcome.user()) : unauthorized(context);
    }

    /** Tells the container who is calling, and keeps their roles on the request: asking the container is a policy check. */
    private static AuthenticationStatus login(
            HttpServletRequest request, HttpMessageContext context, SignedInUser user) {
        request.setAttribute(ROLES, user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles()));
        return context.notifyContainerAboutLogin(user.username(), groups(user.roles()));
    }

    private static AuthenticationStatus unauthorized(HttpMessageContext context) {
        context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"Engagement CRM\", charset=\"UTF-8\"");
        return jsonFailure(
                context,
                HttpServletResponse.SC_UNAUTHORIZED,
                "Sign in: send the username and password of an active account with HTTP Basic authentication.");
    }

    /** Said only to a caller who gave the right password, so it reveals nothing to one who did not. */
    private static AuthenticationStatus secondFactorAccount(HttpMessageContext context) {
        return jsonFailure(
                context,
                HttpServletResponse.SC_UNAUTHORIZED,
                "This account uses two-step sign-in, which HTTP Basic cannot carry: it signs in on the pages only. "
                        + "Use an account without two-step sign-in (e.g. an API client account) for the API.");
    }

    /** The same answer whether or not the username names an account: both are counted and locked out alike. */
    private static AuthenticationStatus tooManyAttempts(HttpMessageContext context, long retryAfterSeconds) {
        context.getResponse().setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        return jsonFailure(
                context,
                429,
                "Too many failed sign-in attempts for this username or from this address. " + "Wait "
                        + retryAfterSeconds + " seconds, then try again with the right password.");
    }

    /** API errors are JSON like every other API answer, not the server's HTML error page: the body is written and sent. */
    private static AuthenticationStatus jsonFailure(HttpMessageContext context, int status, String message) {
        HttpServletResponse response = context.getResponse();
        try {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.toJson(ApiError.of(message)));
            response.flushBuffer();
        } catch (IOException | RuntimeException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Optional<String[]> decode(String encoded) {
        try {
            String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 0
                    ? Optional.empty()
                    : Optional.of(new String[] {text.substring(0, colon), text.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /**
     * By the container's decoded, normalised path (what routes the request), not the raw URI: an encoded or
     * parameterised address of the API ({@code /%61pi/...}, {@code /api;x/...}) is still an API call, authenticated
     * only by HTTP Basic, never by a page session. {@code CanonicalApiPath} then refuses such addresses outright.
     */
    private static boolean isApi(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return (request.getServletPath() + (pathInfo == null ? "" : pathInfo)).startsWith(API_PREFIX);
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
