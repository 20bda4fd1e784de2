package org.engagement.plugins.faith;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.engagement.core.safeguarding.AuditStatus;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.UtcInstantConverter;

/**
 * The SQL that derives every faith setting's pathway from the records in one statement, so the overview costs
 * the same few queries for five settings or fifty thousand. Each step's date is an aggregate over the whole
 * table it comes from (first engagement, first finished audit, first training), joined to the settings by
 * organisation id; the current step is computed by the database so the overview can filter and sort by it.
 * It reads the core's tables, so the module's persistence test runs it against the core's real migrations.
 */
final class PathwayQuery {

    private static final String TYPES = FaithModule.TYPE_CODES.stream().sorted().map(c -> "'" + c + "'")
            .collect(Collectors.joining(", "));

    private PathwayQuery() {
    }

    /**
     * Every faith setting with the date of each step, as a derived table; steps from safeguarding or training
     * records count only when the reader may see those records.
     */
    static String settings(boolean seesSafeguarding, boolean seesTraining) {
        return "SELECT d.*, " + currentStep() + " AS pathway_step FROM (SELECT o.id AS organisation_id, o.name AS setting_name,"
                + " o.type_code, COALESCE(p.community, '" + FaithService.NOT_RECORDED + "') AS community, p.languages,"
                + " fe.first_on AS contact_on, ae.engaged_on AS agreed_on,"
                + (seesSafeguarding ? " sp.policy_status, sp.updated_at AS policy_changed_at, sp.adopted_on,"
                        : " CAST(NULL AS VARCHAR(20)) AS policy_status, CAST(NULL AS TIMESTAMP) AS policy_changed_at,"
                                + " CAST(NULL AS DATE) AS adopted_on,")
                + (seesTraining ? " tr.first_on AS trained_on," : " CAST(NULL AS DATE) AS trained_on,")
                + (seesSafeguarding ? " au.first_on AS audited_on" : " CAST(NULL AS DATE) AS audited_on")
                + " FROM organisation o"
                + " LEFT JOIN faith_profile p ON p.organisation_id = o.id"
                + " LEFT JOIN (SELECT organisation_id, MIN(engaged_on) AS first_on FROM engagement GROUP BY organisation_id) fe"
                + " ON fe.organisation_id = o.id"
                + " LEFT JOIN engagement ae ON ae.id = p.agreement_engagement_id AND ae.organisation_id = o.id"
                + " LEFT JOIN safeguarding_profile sp ON sp.organisation_id = o.id"
                + " LEFT JOIN (SELECT organisation_id, MIN(audit_date) AS first_on FROM audit WHERE status = '" + AuditStatus.FINISHED.name() + "'"
                + " GROUP BY organisation_id) au ON au.organisation_id = o.id"
                + " LEFT JOIN (SELECT organisation_id, MIN(first_on) AS first_on FROM ("
                + "SELECT so.organisation_id, s.held_on AS first_on FROM training_session_organisation so"
                + " JOIN training_session s ON s.id = so.session_id"
                + " UNION ALL SELECT a.organisation_id, r.completed_on AS first_on FROM affiliation a"
                + " JOIN training_record r ON r.person_id = a.person_id) t GROUP BY organisation_id) tr ON tr.organisation_id = o.id"
                + " WHERE o.type_code IN (" + TYPES + ")) d";
    }

    /** The furthest step reached, as its position (0 = no contact yet), matching {@link #pathway(Object[])}. */
    private static String currentStep() {
        return "CASE WHEN d.audited_on IS NOT NULL THEN 6 WHEN d.trained_on IS NOT NULL THEN 5"
                + " WHEN d.policy_status = '" + PolicyStatus.ADOPTED.name() + "' AND d.adopted_on IS NOT NULL THEN 4"
                + " WHEN d.policy_status = '" + PolicyStatus.IN_DEVELOPMENT.name() + "' AND d.policy_changed_at IS NOT NULL THEN 3"
                + " WHEN d.agreed_on IS NOT NULL THEN 2 WHEN d.contact_on IS NOT NULL THEN 1 ELSE 0 END";
    }

    /** The pathway of one row of {@link #settings(boolean, boolean)}. */
    static Pathway pathway(Object[] row) {
        Map<PathwayStep, LocalDate> reached = new EnumMap<>(PathwayStep.class);
        put(reached, PathwayStep.CONTACT_MADE, row[5]);
        put(reached, PathwayStep.AGREED_TO_ENGAGE, row[6]);
        if (PolicyStatus.IN_DEVELOPMENT.name().equals(row[7]) && row[8] != null) {
            // The profile's last change is when it started saying "in development".
            reached.put(PathwayStep.POLICY_IN_DEVELOPMENT,
                    LocalDate.ofInstant(new UtcInstantConverter().convertToEntityAttribute((Timestamp) row[8]), Dates.UK));
        }
        if (PolicyStatus.ADOPTED.name().equals(row[7])) {
            put(reached, PathwayStep.POLICY_ADOPTED, row[9]);
        }
        put(reached, PathwayStep.TRAINING_DELIVERED, row[10]);
        put(reached, PathwayStep.AUDIT_DONE, row[11]);
        return Pathway.of(reached);
    }

    private static void put(Map<PathwayStep, LocalDate> reached, PathwayStep step, Object date) {
        if (date != null) {
            reached.put(step, date instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) date);
        }
    }
}
