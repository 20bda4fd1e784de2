package org.engagement.core.shared;

/** The request conflicts with what is already recorded (a newer version, a likely duplicate). */
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
