package org.engagement.plugins.faith.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.UtcInstantConverter;
import org.engagement.plugins.faith.FaithModule;
import org.engagement.plugins.faith.Pathway;
import org.engagement.plugins.faith.PathwayStep;

/**
 * The SQL that derives every faith setting's pathway from the records in one statement, so the overview costs
 * the same few queries for five settings or fifty thousand. Each step's date is the earliest record of its kind
 * (first engagement, first finished audit, first training); the current step is computed by the database so
 * the overview can filter and sort by it.
 * It reads the core's published views, so the module's persistence test runs it against the core's real migrations.
 */
final class PathwayQuery {

    private static final String TYPES =
            FaithModule.TYPE_CODES.stream().sorted().map(c -> "'" + c + "'").collect(Collectors.joining(", "));

    /** The community of a setting whose profile does not say, as the overview lists and counts it. */
    private static final String NOT_RECORDED = "Not recorded";

    private PathwayQuery() {}

    /**
     * Every faith setting with the date of each step, as a derived table; steps from safeguarding or training
     * records count only when the reader may see those records. Each date is a correlated MIN over an index on
     * the organisation id, so one setting costs a few index look-ups and the whole list one pass. It reads the
     * core's records only through the views the core publishes for modules ({@code published_*}).
     *
     * @param oneSetting whether the statement takes the organisation's id as its one parameter
     */
    static String settings(boolean seesSafeguarding, boolean seesTraining, boolean oneSetting) {
        return "SELECT d.*, " + currentStep()
                + " AS pathway_step FROM (SELECT o.id AS organisation_id, o.name AS setting_name,"
                + " o.type_code, COALESCE(p.community, '" + NOT_RECORDED + "') AS community, p.languages,"
                + " (SELECT MIN(e.engaged_on) FROM published_engagement e WHERE e.organisation_id = o.id) AS contact_on,"
                + " ae.engaged_on AS agreed_on,"
                + (seesSafeguarding
                        ? " sp.in_development_since AS policy_in_development_since, sp.adopted_on AS policy_adopted_on,"
                        : " CAST(NULL AS TIMESTAMP) AS policy_in_development_since, CAST(NULL AS DATE) AS policy_adopted_on,")
                + (seesTraining
                        ? " (SELECT MIN(s.held_on) FROM published_hosted_session s"
                                + " WHERE s.organisation_id = o.id AND s.delivered = 1) AS hosted_on,"
                                + " (SELECT MIN(r.completed_on) FROM published_affiliation a JOIN published_training_record r"
                                + " ON r.person_id = a.person_id WHERE a.organisation_id = o.id) AS people_trained_on,"
                        : " CAST(NULL AS DATE) AS hosted_on, CAST(NULL AS DATE) AS people_trained_on,")
                + (seesSafeguarding
                        ? " (SELECT MIN(au.audit_date) FROM published_finished_audit au WHERE au.organisation_id = o.id)"
                                + " AS audited_on"
                        : " CAST(NULL AS DATE) AS audited_on")
                + " FROM published_organisation o"
                + " LEFT JOIN faith_profile p ON p.organisation_id = o.id"
                + " LEFT JOIN published_engagement ae ON ae.id = p.agreement_engagement_id AND ae.organisation_id = o.id"
                + " LEFT JOIN published_safeguarding_policy sp ON sp.organisation_id = o.id"
                + " WHERE o.type_code IN (" + TYPES + ")" + (oneSetting ? " AND o.id = ?" : "") + ") d";
    }

    /** The furthest step reached, as its position (0 = no contact yet), matching {@link #pathway(Object[])}. */
    private static String currentStep() {
        return "CASE WHEN d.audited_on IS NOT NULL THEN 6 WHEN d.hosted_on IS NOT NULL OR d.people_trained_on IS NOT NULL THEN 5"
                + " WHEN d.policy_adopted_on IS NOT NULL THEN 4 WHEN d.policy_in_development_since IS NOT NULL THEN 3"
                + " WHEN d.agreed_on IS NOT NULL THEN 2 WHEN d.contact_on IS NOT NULL THEN 1 ELSE 0 END";
    }

    /** The pathway of one row of {@link #settings(boolean, boolean, boolean)}. */
    static Pathway pathway(Object[] row) {
        Map<PathwayStep, LocalDate> reached = new EnumMap<>(PathwayStep.class);
        put(reached, PathwayStep.CONTACT_MADE, row[5]);
        put(reached, PathwayStep.AGREED_TO_ENGAGE, row[6]);
        if (row[7] != null) {
            // The policy's last change is when it started saying "in development".
            reached.put(
                    PathwayStep.POLICY_IN_DEVELOPMENT,
                    LocalDate.ofInstant(
                            new UtcInstantConverter().convertToEntityAttribute((Timestamp) row[7]), Dates.UK));
        }
        put(reached, PathwayStep.POLICY_ADOPTED, row[8]);
        // Training is delivered at the earlier of a session the setting hosted and training one of its people did.
        put(reached, PathwayStep.TRAINING_DELIVERED, row[10]);
        put(reached, PathwayStep.TRAINING_DELIVERED, row[9]);
        put(reached, PathwayStep.AUDIT_DONE, row[11]);
        return Pathway.of(reached);
    }

    private static void put(Map<PathwayStep, LocalDate> reached, PathwayStep step, Object date) {
        if (date != null) {
            reached.merge(
                    step,
                    date instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) date,
                    (a, b) -> a.isBefore(b) ? a : b);
        }
    }
}
