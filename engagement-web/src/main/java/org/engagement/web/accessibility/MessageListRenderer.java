package org.engagement.web.accessibility;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' p:messages with each message a true list item. PrimeFaces gives every {@code <li>} the role "alert",
 * which takes away its list-item role, so the list is no longer a list to a screen reader (axe-core's rule "list",
 * WCAG 1.3.1). Messages are announced by the layout's live region instead, which also covers the messages of an AJAX
 * answer. Registered for every p:messages in faces-config.xml.
 */
public class MessageListRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages messages, FacesMessage message, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new WithoutAlertRole(writer), messages, message, severity, escape);
    }

    /** Writes everything but the role "alert". */
    private static final class WithoutAlertRole extends ResponseWriterWrapper {

        WithoutAlertRole(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!("role".equals(name) && "alert".equals(value))) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
