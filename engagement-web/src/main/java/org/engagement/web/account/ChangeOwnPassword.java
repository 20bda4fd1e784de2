package org.engagement.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.user.UserService;
import org.engagement.web.security.SessionAfterPasswordChange;
import org.omnifaces.util.Messages;

/** The signed-in person's own password: the current one proves it is them; their other sessions end. */
@Named
@RequestScoped
public class ChangeOwnPassword {

    @Inject
    private PageFeedback feedback;

    @Inject
    private UserService users;

    @Inject
    private FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public void submit() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            Messages.create("The two new passwords are not the same. Type the new password twice.")
                    .error()
                    .add("passwordForm:repeatPassword");
            faces.validationFailed();
            return;
        }
        feedback.attempt(
                () -> {
                    users.changeOwnPassword(chars(currentPassword), newPassword.toCharArray());
                    SessionAfterPasswordChange.keep(
                            (HttpServletRequest) faces.getExternalContext().getRequest());
                    Messages.create(
                                    "Your password is changed. You stay signed in here; any other sessions you had have ended.")
                            .add();
                },
                "passwordForm",
                null);
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
