package org.engagement.core.plan;

import java.time.LocalDate;

/**
 * What a user enters (or a spreadsheet row gives) for an action. The reference's first number is its outcome's.
 *
 * @param status       may be null only for an action whose measure is bound: its status is then suggested
 * @param statusReason why the action has its status, in words; required for red and amber
 */
public record ActionDetails(
        int outcomeNumber,
        String outcomeTitle,
        String reference,
        String title,
        String description,
        String leadOfficer,
        String partnerAgencies,
        LocalDate startDate,
        LocalDate dueDate,
        String measureOfSuccess,
        Rag status,
        String statusReason) {}
