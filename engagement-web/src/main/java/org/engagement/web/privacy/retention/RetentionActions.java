package org.engagement.web.privacy.retention;

import java.util.Locale;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.spi.RetentionAction;

/** Reads an action as a form or a request sends it ("ANONYMISE", "delete"); anything else is a field error. */
final class RetentionActions {

    private RetentionActions() {}

    static RetentionAction parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return RetentionAction.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("action", "Choose Anonymise or Delete.");
        }
    }
}
