package org.engagement.web.faces;

import java.util.function.BooleanSupplier;
import org.primefaces.PrimeFaces;

/** How a page finishes an action typed into one of its dialogs: the one place that hides the dialog and reloads. */
public final class Dialogs {

    private Dialogs() {}

    /**
     * Runs {@code attempt} (a {@code PageFeedback.attempt}, which shows a refusal inside the dialog and keeps it open);
     * if it worked, hides the dialog whose widget variable is {@code dialog} (none when null) and runs {@code reload},
     * as the page's records have changed.
     *
     * @return whether the action worked
     */
    public static boolean attemptThenClose(BooleanSupplier attempt, String dialog, Runnable reload) {
        if (!attempt.getAsBoolean()) {
            return false;
        }
        if (dialog != null) {
            PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
        }
        reload.run();
        return true;
    }
}
