package org.engagement.core.safeguarding;

import java.time.LocalDate;
import java.util.List;

/**
 * An audit as a user enters it. {@code finished} asks for the audit to be finished (every standard rated, then
 * read-only); otherwise it is kept as a draft.
 */
public record AuditDetails(
        String templateCode,
        Integer templateVersion,
        LocalDate date,
        AuditType type,
        String auditor,
        List<FindingInput> findings,
        boolean finished) {

    public AuditDetails {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
