package org.engagement.core.training;

/**
 * An organisation's training: the highest level any of its people holds with valid training (null if none),
 * and how many of its recorded people hold valid training.
 */
public record OrganisationTrainingLevel(TrainingLevel highest, long peopleTrained, long people) {

    /** Whole per cent of the organisation's people with valid training; 0 when it has no people recorded. */
    public int percentTrained() {
        return people == 0 ? 0 : Math.round(100f * peopleTrained / people);
    }
}
