package org.engagement.web.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.engagement.core.safeguarding.OverallRating;
import org.engagement.core.safeguarding.PolicyStatus;

/** Style classes for statuses; pages always print the words too, so colour is never the only signal. */
@Named
@ApplicationScoped
public class RagText {

    public String overallClass(OverallRating rating) {
        return rating == null ? "rag rag-none" : "rag rag-" + rating.name().toLowerCase();
    }

    public String policyClass(PolicyStatus status) {
        return switch (status) {
            case ADOPTED -> "rag rag-green";
            case IN_DEVELOPMENT -> "rag rag-amber";
            case NONE, REVIEW_OVERDUE -> "rag rag-red";
        };
    }
}
