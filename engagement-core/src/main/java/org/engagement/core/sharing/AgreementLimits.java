package org.engagement.core.sharing;

/**
 * Settings of the register that an installation may change. The web module supplies them from its
 * configuration (the core does not read configuration itself); tests supply their own.
 */
public interface AgreementLimits {

    long DEFAULT_MAX_DOCUMENT_MB = 20;
    int DEFAULT_REVIEW_WINDOW_DAYS = 60;

    /** Largest signed document accepted, in bytes. */
    long maxDocumentBytes();

    /** An active agreement whose review date is this close (or past) is due for review. */
    int reviewWindowDays();

    static AgreementLimits of(long maxDocumentMb, int reviewWindowDays) {
        return new AgreementLimits() {
            @Override
            public long maxDocumentBytes() {
                return maxDocumentMb * 1024 * 1024;
            }

            @Override
            public int reviewWindowDays() {
                return reviewWindowDays;
            }
        };
    }
}
