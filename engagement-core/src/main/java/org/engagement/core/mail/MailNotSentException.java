package org.engagement.core.mail;

import org.engagement.core.shared.DomainException;

/** The SMTP server could not be reached or refused the message; nothing was sent. */
public class MailNotSentException extends DomainException {

    private static final long serialVersionUID = 1L;

    public MailNotSentException(String to, Exception cause) {
        super("The email to " + to + " could not be sent: " + cause.getMessage());
        initCause(cause);
    }
}
