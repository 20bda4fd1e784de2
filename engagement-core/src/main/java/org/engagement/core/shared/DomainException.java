package org.engagement.core.shared;

/**
 * An expected failure whose message a user can act on. Unchecked so that a JTA transaction
 * started by an application service rolls back when one escapes it.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }
}
