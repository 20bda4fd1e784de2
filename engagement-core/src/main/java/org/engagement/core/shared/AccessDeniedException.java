package org.engagement.core.shared;

/** The signed-in user's roles do not allow this action on this record. */
public class AccessDeniedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
