package org.engagement.core.spi;

/**
 * The core's records as a module's SQL may read them: database views the core's changelog creates
 * ({@code 006-module-read-models.xml}) and keeps to these columns whatever its tables become. A module joins them with
 * its own tables in one statement (a paged, sorted overview of 50,000 settings; a renewal check in one indexed read),
 * and never names a core table: the module contract test fails its build if it does. They are plain projections and
 * filters, so the database folds them into the statement and uses the tables' indexes. They carry no access rules: the
 * module's service decides, as before, whether the reader may see safeguarding or training records at all.
 *
 * <p>Dates are {@code DATE}, instants {@code TIMESTAMP} in UTC (read them with {@code UtcInstantConverter}).
 */
public final class PublishedViews {

    /** {@code id, name, type_code, sector, ward, status}: every organisation. */
    public static final String ORGANISATION = "published_organisation";

    /** {@code id, organisation_id, engaged_on}: every visit, call or meeting logged with an organisation. */
    public static final String ENGAGEMENT = "published_engagement";

    /** {@code id, organisation_id, audit_date}: the safeguarding audits that are finished. */
    public static final String FINISHED_AUDIT = "published_finished_audit";

    /**
     * {@code organisation_id, in_development_since, adopted_on}: an organisation's safeguarding policy; {@code
     * in_development_since} (an instant) is set only while the policy is in development, {@code adopted_on} only while
     * it is adopted.
     */
    public static final String SAFEGUARDING_POLICY = "published_safeguarding_policy";

    /** {@code person_id, organisation_id, ended_on}: a person's role at an organisation (ended if {@code ended_on}). */
    public static final String AFFILIATION = "published_affiliation";

    /** {@code id, code, title, validity_months}: the training catalogue; no validity means it never expires. */
    public static final String TRAINING_COURSE = "published_training_course";

    /**
     * {@code id, person_id, course_id, completed_on, valid_until, certificate_number, source}: a person's completed
     * training; it counts on a day on or before {@code valid_until} (no date: it never expires).
     */
    public static final String TRAINING_RECORD = "published_training_record";

    /**
     * {@code session_id, organisation_id, course_id, held_on, headcount, delivered}: each organisation a training
     * session was for, the session's unnamed headcount, and 1 in {@code delivered} once it was held (0 while planned).
     */
    public static final String HOSTED_SESSION = "published_hosted_session";

    private PublishedViews() {}
}
