package org.engagement.core.shared;

/** The record asked for does not exist (or no longer exists). */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object key) {
        super(what + " " + key + " was not found. It may have been deleted: go back to the list and search again.");
    }
}
