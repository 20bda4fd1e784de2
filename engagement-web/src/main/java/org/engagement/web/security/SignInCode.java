package org.engagement.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.omnifaces.util.Messages;

/** The second step of signing in: the code from the person's authenticator app. */
@Named
@RequestScoped
public class SignInCode {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    private String code;

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new SignInCodeCredential(code)));
        switch (status) {
            case SUCCESS -> external.redirect(SignIn.returnTo(request));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> failed(request, external);
        }
    }

    private void failed(HttpServletRequest request, ExternalContext external) throws IOException {
        if (request.getAttribute(EngagementAuthentication.CODE_NOT_EXPECTED) != null) {
            external.getFlash().setKeepMessages(true);
            Messages.create("Your sign-in took too long. Sign in with your username and password again.")
                    .error()
                    .flash()
                    .add();
            external.redirect(request.getContextPath() + EngagementAuthentication.LOGIN_PAGE);
            return;
        }
        if (request.getAttribute(EngagementAuthentication.REFUSED_UNTIL) instanceof Instant until) {
            long minutes = Math.max(1, (Duration.between(Instant.now(), until).toSeconds() + 59) / 60);
            Messages.create("Too many wrong codes. Wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                            + " and try again.")
                    .error()
                    .add("signInCode:code");
            return;
        }
        Messages.create("That code is not right, or was already used. Type the 6-digit code your authenticator app "
                        + "shows now for Engagement CRM. If you have lost your phone, ask an administrator.")
                .error()
                .add("signInCode:code");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
