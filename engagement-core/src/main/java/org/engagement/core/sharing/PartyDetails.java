package org.engagement.core.sharing;

import java.time.LocalDate;

/** A party as entered: the organisation, who signs for it (one of its contacts) and when they signed. */
public record PartyDetails(Long organisationId, Long signatoryPersonId, LocalDate signedOn) {}
