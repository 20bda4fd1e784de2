package org.engagement.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.engagement.core.shared.DomainException;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.spi.PageFeedback.Refusal;
import org.omnifaces.util.Messages;

/**
 * Shows a service's refusal where the user will see it: each field error beside its field (found by id
 * inside the given form or container), anything else at the top of the page.
 */
public final class FacesErrors {

    private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());
    /** A row index in a client id: the component is inside a table's row. */
    private static final Pattern IN_A_ROW = Pattern.compile(":\\d+:");

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

    /** Shows a refusal as the page put it (see {@link Refusal}); an error also marks the request as failed. */
    public static void show(Refusal refusal, String formId) {
        for (Refusal.Message message : refusal.messages()) {
            Messages.Message shown = Messages.create(message.text());
            shown = refusal.warning() ? shown.warn() : shown.error();
            String clientId = message.field() == null ? null : formId + ":" + message.field();
            if (clientId != null && exists(FacesContext.getCurrentInstance(), clientId)) {
                shown.add(clientId);
            } else {
                shown.add();
            }
        }
        if (!refusal.warning()) {
            FacesContext.getCurrentInstance().validationFailed();
        }
        LOG.log(Level.FINE, "Refused: {0}", refusal);
    }

    /**
     * Whether the page has a component with this client id; one in a table's row ({@code form:rows:2:field}) is found
     * by visiting the row, which {@code findComponent} does not do.
     */
    private static boolean exists(FacesContext faces, String clientId) {
        UIComponent root = faces.getViewRoot();
        try {
            if (root.findComponent(":" + clientId) != null) {
                return true;
            }
        } catch (IllegalArgumentException notThere) {
            return false;
        }
        return IN_A_ROW.matcher(clientId).find() && root.invokeOnComponent(faces, clientId, (context, found) -> {});
    }

    public static void info(String message) {
        Messages.create(message).flash().add();
    }
}
