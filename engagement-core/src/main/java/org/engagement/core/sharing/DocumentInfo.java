package org.engagement.core.sharing;

import java.io.Serializable;
import java.time.Instant;

/** What the register shows about one version of a signed document, without its bytes. */
public record DocumentInfo(
        long agreementId, int number, String filename, long size, String sha256, String uploadedBy, Instant uploadedAt)
        implements Serializable {

    public DocumentInfo(
            Long agreementId,
            Integer number,
            String filename,
            Long size,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {
        this(agreementId.longValue(), number.intValue(), filename, size.longValue(), sha256, uploadedBy, uploadedAt);
    }
}
