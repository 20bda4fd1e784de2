package org.engagement.web.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.engagement.core.sharing.AgreementLimits;

/** The register's settings from MicroProfile Config (system property or environment variable). */
@ApplicationScoped
public class ConfiguredAgreementLimits implements AgreementLimits {

    public static final String MAX_DOCUMENT_MB = "engagement.agreements.max-document-mb";

    @Inject
    @ConfigProperty(name = MAX_DOCUMENT_MB, defaultValue = "" + DEFAULT_MAX_DOCUMENT_MB)
    long maxDocumentMb;

    @Inject
    @ConfigProperty(name = "engagement.agreements.review-window-days", defaultValue = "" + DEFAULT_REVIEW_WINDOW_DAYS)
    int reviewWindowDays;

    @Override
    public long maxDocumentBytes() {
        return maxDocumentMb * 1024 * 1024;
    }

    @Override
    public int reviewWindowDays() {
        return reviewWindowDays;
    }
}
