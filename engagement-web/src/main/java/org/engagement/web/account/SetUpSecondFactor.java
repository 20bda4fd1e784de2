package org.engagement.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.engagement.core.shared.Actor;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.user.TimeBasedCodes;
import org.engagement.core.user.UserAccount;
import org.engagement.core.user.UserService;
import org.engagement.web.security.EngagementAuthentication;
import org.omnifaces.util.Messages;

/**
 * The signed-in person sets up two-step sign-in: a new secret, shown as a QR code and as text for their authenticator
 * app, saved only once a code from the app proves the app holds it.
 */
@Named
@ViewScoped
public class SetUpSecondFactor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ISSUER = "Engagement CRM";

    @Inject
    private PageFeedback feedback;

    @Inject
    private UserService users;

    @Inject
    private Actor actor;

    private boolean alreadySetUp;
    private String secret;
    private String code;

    @PostConstruct
    void start() {
        alreadySetUp = users.findByUsername(actor.username())
                .map(UserAccount::hasSecondFactor)
                .orElse(false);
        secret = alreadySetUp ? null : TimeBasedCodes.newSecret();
    }

    public void submit() {
        feedback.attempt(
                () -> {
                    users.setUpSecondFactor(secret, code);
                    alreadySetUp = true;
                    secret = null;
                    EngagementAuthentication.secondFactorSetUp((HttpServletRequest) FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequest());
                    Messages.create(
                                    "Two-step sign-in is set up. From now on you will be asked for a code from your app "
                                            + "each time you sign in.")
                            .add();
                },
                "setUpForm",
                null);
    }

    public boolean isAlreadySetUp() {
        return alreadySetUp;
    }

    /** The QR code the app scans: markup built from the bits of the code only (see {@link QrCodeSvg}). */
    public String getQrCode() {
        return secret == null
                ? ""
                : QrCodeSvg.of(
                        TimeBasedCodes.enrolmentAddress(secret, ISSUER, actor.username()),
                        "QR code to scan with your authenticator app");
    }

    /** The secret in groups of four, for typing into an app that cannot scan. */
    public String getSecretInGroups() {
        return secret == null ? "" : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
