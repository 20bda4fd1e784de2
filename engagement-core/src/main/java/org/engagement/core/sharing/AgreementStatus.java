package org.engagement.core.sharing;

/**
 * Where an agreement is in its life. {@link #REVIEW_DUE} is never stored: an active agreement is due for
 * review when its review date falls within the review window (see {@link InformationSharingAgreement#statusOn}).
 */
public enum AgreementStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    ACTIVE("Active"),
    REVIEW_DUE("Review due"),
    ENDED("Ended"),
    TERMINATED("Terminated");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == ENDED || this == TERMINATED;
    }
}
