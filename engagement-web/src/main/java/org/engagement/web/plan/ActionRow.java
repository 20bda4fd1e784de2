package org.engagement.web.plan;

import java.io.Serializable;
import org.engagement.core.plan.PlanAction;
import org.engagement.core.plan.ProgressUpdate;
import org.engagement.core.plan.ShownStatus;

/** One action of a plan as its page lists it: the action, the status shown and its newest progress note. */
public record ActionRow(PlanAction action, ShownStatus status, ProgressUpdate latest) implements Serializable {

    /** For the rag-* styles; the word is always shown beside the colour. */
    public String getStyle() {
        return "rag rag-" + status.rag().name().toLowerCase();
    }
}
