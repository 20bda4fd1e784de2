package org.engagement.core.safeguarding;

import java.time.LocalDate;
import java.util.Set;

/** What a user records in an organisation's safeguarding profile. People are ids of people at the organisation. */
public record ProfileDetails(
        PolicyStatus policyStatus,
        LocalDate adoptedOn,
        LocalDate nextReviewDue,
        Set<Procedure> procedures,
        Long leadPersonId,
        Long deputyPersonId,
        Long trusteeLeadPersonId,
        Boolean contactsOnDisplay,
        DbsChecks dbsChecks,
        String notes) {

    public ProfileDetails {
        procedures = procedures == null ? Set.of() : Set.copyOf(procedures);
    }

    /** The same details with other notes (the stored ones, where masked notes came back). */
    public ProfileDetails withNotes(String notes) {
        return new ProfileDetails(
                policyStatus,
                adoptedOn,
                nextReviewDue,
                procedures,
                leadPersonId,
                deputyPersonId,
                trusteeLeadPersonId,
                contactsOnDisplay,
                dbsChecks,
                notes);
    }
}
