package org.engagement.core.organisation;

import org.engagement.core.shared.ConflictException;

/** An organisation with the same name and postcode already exists; the user confirms to create another. */
public class LikelyDuplicateException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final long existingId;

    public LikelyDuplicateException(String name, Postcode postcode, long existingId) {
        super("An organisation called " + name + " at " + postcode + " is already recorded (id " + existingId
                + "). Open it instead, or confirm that this is a different organisation.");
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}
