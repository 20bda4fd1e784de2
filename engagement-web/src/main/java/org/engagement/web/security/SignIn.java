package org.engagement.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.omnifaces.util.Messages;

/** The sign-in form. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @NotBlank(message = "Enter your username.")
    private String username;

    @NotBlank(message = "Enter your password.")
    private String password;

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SUCCESS -> external.redirect(returnTo(request));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> Messages.create(failureMessage(request)).error().add();
        }
    }

    /** Said the same way whether or not the username names an account: unknown names are locked out too. */
    private static String failureMessage(HttpServletRequest request) {
        if (request.getAttribute(EngagementAuthentication.REFUSED_UNTIL) instanceof Instant until) {
            long minutes = Math.max(1, (Duration.between(Instant.now(), until).toSeconds() + 59) / 60);
            return "Too many failed sign-in attempts. Wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                    + " and try again, or ask an administrator to reset your password.";
        }
        return "Sign-in failed: that username and password do not match an active account. "
                + "Check them and try again, or ask an administrator to reset your password.";
    }

    static String returnTo(HttpServletRequest request) {
        HttpSession session = request.getSession();
        Object saved = session.getAttribute(EngagementAuthentication.RETURN_TO);
        session.removeAttribute(EngagementAuthentication.RETURN_TO);
        String target = saved instanceof String s ? s : "";
        // Only ever return to a page of this application.
        boolean local = target.startsWith(request.getContextPath() + "/")
                && !target.startsWith("//")
                && !target.contains(EngagementAuthentication.LOGIN_PAGE);
        return local ? target : request.getContextPath() + "/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
