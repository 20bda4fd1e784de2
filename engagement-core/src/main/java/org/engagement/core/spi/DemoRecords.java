package org.engagement.core.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a module's part of the demo partnership may write, through the core's services and rules (and so into the
 * change history): the few records a demo needs, in the words of the council report. Codes are the core's own
 * (policy statuses NONE, IN_DEVELOPMENT, ADOPTED; audiences; course codes) or the module's (organisation types).
 */
public interface DemoRecords {

    /** An active organisation of one of the types on offer; its id. */
    long organisation(String name, String typeCode, String leadOfficer);

    /** A person holding a role at the organisation, lawful basis public task; the person's id. */
    long contact(long organisationId, String name, String role);

    /**
     * A visit to the organisation that the person attended; with {@code followUp} not null, a follow-up for
     * {@code owner} due on {@code due}. The engagement's id.
     */
    long visit(
            long organisationId,
            long personId,
            LocalDate on,
            String summary,
            String outcome,
            String followUp,
            String owner,
            LocalDate due);

    /** The organisation's safeguarding policy: its status, with the person as its lead, and its dates if adopted. */
    void policy(long organisationId, long leadPersonId, String policyStatus, LocalDate adoptedOn, LocalDate reviewDue);

    /** A session held at the organisation for an audience, with these people recorded as having attended. */
    void trainingHeld(
            String courseCode, LocalDate heldOn, String audienceCode, long organisationId, List<String> names);

    /** A session booked at the organisation for a future day, with places and the people invited. */
    void trainingBooked(
            String courseCode, LocalDate on, String audienceCode, long organisationId, int places, List<Long> invited);

    /**
     * An information-sharing agreement between a site and a partner, signed by one person of each on
     * {@code signedOn}, taken through review to active.
     */
    void activeAgreement(
            String title,
            String reference,
            String purpose,
            long siteId,
            long sitePersonId,
            long partnerId,
            long partnerPersonId,
            LocalDate signedOn,
            LocalDate reviewDate);

    /** Binds the measure of the current plan's action {@code reference} to a figure, aiming at the plan's end. */
    void bindMeasure(String actionReference, String figureId, BigDecimal target);
}
