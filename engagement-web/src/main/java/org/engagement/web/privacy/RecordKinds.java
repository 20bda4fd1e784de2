package org.engagement.web.privacy;

import org.engagement.core.safeguarding.SafeguardingProfile;
import org.engagement.core.spi.RecordViews;

/** The core's kinds of record in the access log, named once, as the data protection officer reads them. */
public final class RecordKinds {

    public static final String PERSON = "Person";
    public static final String AUDIT = "Audit";
    public static final String SAFEGUARDING_PROFILE = "Safeguarding profile";
    public static final String SUBJECT_ACCESS_EXPORT = "Subject access export";
    public static final String PERSON_FOR_PRIVACY = "Person (privacy tools)";
    public static final String TABLE_EXPORT = "Table export";

    private RecordKinds() {}

    /**
     * A safeguarding profile shown: about its designated lead, the person it names first (a profile not yet recorded
     * shows nothing and is not logged).
     */
    public static void viewedProfile(RecordViews views, SafeguardingProfile profile) {
        if (profile.getId() != null) {
            views.viewed(
                    SAFEGUARDING_PROFILE,
                    profile.getId(),
                    profile.getLead() == null ? null : profile.getLead().getId());
        }
    }
}
