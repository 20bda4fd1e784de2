package org.engagement.plugins.taxi.domain;

/** Why a renewal cannot go ahead, in words a licensing officer can read out to a driver. */
public enum RefusalReason {
    NO_QUALIFYING_TRAINING("The driver has no record of a qualifying safeguarding course."),
    TRAINING_NOT_VALID_ON_RENEWAL_DATE("The driver's safeguarding training will have expired by the renewal date."),
    TRAINING_TOO_OLD("The driver's safeguarding training was not completed recently enough before the renewal date."),
    LICENCE_REVOKED("The licence has been revoked."),
    LICENCE_SUSPENDED("The licence is suspended.");

    private final String explanation;

    RefusalReason(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
