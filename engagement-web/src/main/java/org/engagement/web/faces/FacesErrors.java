package org.engagement.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.shared.DomainException;
import org.engagement.core.shared.InvalidInputException;
import org.omnifaces.util.Messages;

/**
 * Shows a service's refusal where the user will see it: each field error beside its field (found by id
 * inside the given form or container), anything else at the top of the page.
 */
public final class FacesErrors {

    private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

    private FacesErrors() {}

    public static void show(DomainException failure, String containerId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (failure instanceof InvalidInputException invalid) {
            for (InvalidInputException.FieldError error : invalid.errors()) {
                String clientId = containerId + ":" + error.field();
                if (exists(faces, clientId)) {
                    Messages.create(error.message()).error().add(clientId);
                } else {
                    Messages.create(error.message()).error().add();
                }
            }
        } else {
            Messages.create(failure.getMessage()).error().add();
        }
        faces.validationFailed();
        LOG.log(Level.FINE, "Refused: {0}", failure.getMessage());
    }

    private static boolean exists(FacesContext faces, String clientId) {
        UIComponent root = faces.getViewRoot();
        try {
            return root.findComponent(":" + clientId) != null;
        } catch (IllegalArgumentException notThere) {
            return false;
        }
    }

    public static void info(String message) {
        Messages.create(message).flash().add();
    }
}
