package org.engagement.plugins.taxi;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.engagement.core.shared.DomainException;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidLinesException;

/** Puts a service's refusal on the page: every line of a refused file, or each field's problem. */
final class PageMessages {

    private PageMessages() {}

    static void show(DomainException problem) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (problem instanceof InvalidLinesException lines) {
            lines.lines()
                    .forEach(e -> faces.addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR, "Line " + e.line() + ": " + e.message(), null)));
        } else if (problem instanceof InvalidInputException invalid) {
            invalid.errors()
                    .forEach(e ->
                            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), null)));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.getMessage(), null));
        }
        faces.validationFailed();
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
