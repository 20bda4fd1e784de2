package org.engagement.plugins.retail.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.engagement.plugins.retail.RetailModule;

/**
 * The SQL of staff trained and of the coverage table. It reads the core's published views ({@code published_*}), never its tables, so the module's persistence test
 * runs it against the core's real migrations.
 *
 * <p>Staff trained at premises, as the tab's help text tells the user:
 * <ul>
 * <li>each person with a role at the premises who holds a training record still valid today counts once;</li>
 * <li>plus the unnamed headcount of sessions whose training is still valid today and whose ONLY organisation is the
 * premises. A headcount shared by two or more organisations cannot be split between them honestly, so it counts for
 * none; named attendees of such a session still count through their own records;</li>
 * <li>the total is capped at the premises' recorded staff headcount, when one is recorded: unnamed attendees of two
 * sessions may be the same people (a refresher), and "5 of 4 trained" would be read as an error, not a figure.</li>
 * </ul>
 * A session is valid until the day before its date plus the course's validity in months (the same rule as a
 * training record's valid until date); a course without a validity does not expire. Date arithmetic differs between
 * Derby and PostgreSQL, so instead of adding months in SQL the earliest valid session date for each validity in use
 * is worked out here and bound as a parameter.
 */
public final class CoverageQuery {

    private static final String TYPES =
            RetailModule.TYPE_CODES.stream().sorted().map(c -> "'" + c + "'").collect(Collectors.joining(", "));
    private static final String TRAINED = "(COALESCE(n.trained, 0) + COALESCE(h.headcount, 0))";
    /** Named people with valid training (n) plus attributable headcount (h), capped at the staff headcount (p). */
    private static final String STAFF_TRAINED = "CASE WHEN p.staff_headcount IS NOT NULL AND " + TRAINED
            + " > p.staff_headcount THEN p.staff_headcount ELSE " + TRAINED + " END";

    /** The validities (in months) of the courses, read by the caller with one statement. */
    static final String VALIDITIES =
            "SELECT DISTINCT validity_months FROM published_training_course WHERE validity_months IS NOT NULL";

    private final boolean seesTraining;
    private final LocalDate today;
    private final List<Integer> validities;

    /**
     * @param seesTraining whether the reader may see training records; if not, no one counts as trained
     * @param validities the distinct course validities in months (from {@link #VALIDITIES})
     */
    CoverageQuery(boolean seesTraining, LocalDate today, Collection<Integer> validities) {
        this.seesTraining = seesTraining;
        this.today = today;
        this.validities = validities.stream().sorted().toList();
    }

    /** The earliest date a session of a course valid for {@code months} can have been held on and still count today. */
    public static LocalDate earliestValidSession(int months, LocalDate today) {
        LocalDate heldOn = today.minusMonths(months);
        // Month ends make plusMonths lossy (31 Mar - 1 month + 1 month = 28 Apr), so step to the first valid day.
        while (heldOn.plusMonths(months).minusDays(1).isBefore(today)) {
            heldOn = heldOn.plusDays(1);
        }
        return heldOn;
    }

    /** Per premises of the retail types: type, ward, visited, hotspot, staff headcount and staff trained, grouped. */
    String coverageSql() {
        return "SELECT o.type_code, o.ward, COUNT(*),"
                + " SUM(CASE WHEN v.organisation_id IS NULL THEN 0 ELSE 1 END),"
                + " SUM(CASE WHEN " + STAFF_TRAINED + " > 0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN p.hotspot = TRUE THEN 1 ELSE 0 END),"
                + " SUM(COALESCE(p.staff_headcount, 0)),"
                + " SUM(" + STAFF_TRAINED + ")"
                + " FROM published_organisation o"
                + " LEFT JOIN (SELECT DISTINCT organisation_id FROM retail_awareness_visit) v ON v.organisation_id = o.id"
                + staffTrainedJoins("")
                + " WHERE o.type_code IN (" + TYPES + ")"
                + " GROUP BY o.type_code, o.ward";
    }

    /** The parameters of {@link #coverageSql()}, in order. */
    List<Object> coverageParameters() {
        List<Object> parameters = new ArrayList<>();
        parameters.add(java.sql.Date.valueOf(today));
        parameters.addAll(headcountParameters());
        return parameters;
    }

    /** Staff trained at one premises, by the same rule and the same SQL as each premises of the coverage table. */
    String staffTrainedOfOneSql() {
        return "SELECT " + STAFF_TRAINED + " FROM published_organisation o"
                + staffTrainedJoins(" AND so.organisation_id = ?") + " WHERE o.id = ?";
    }

    /** The parameters of {@link #staffTrainedOfOneSql()}, in order. */
    List<Object> staffTrainedOfOneParameters(long organisationId) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(java.sql.Date.valueOf(today));
        parameters.addAll(headcountParameters());
        parameters.add(organisationId);
        parameters.add(organisationId);
        return parameters;
    }

    /** The premises (p), its named trained people (n) and its valid attributable headcount (h), joined to o. */
    private String staffTrainedJoins(String headcountWhere) {
        return " LEFT JOIN retail_premises p ON p.organisation_id = o.id"
                + " LEFT JOIN (SELECT a.organisation_id, COUNT(DISTINCT a.person_id) AS trained FROM published_affiliation a"
                + " JOIN published_training_record r ON r.person_id = a.person_id"
                + " WHERE (r.valid_until IS NULL OR r.valid_until >= ?)" + (seesTraining ? "" : " AND 1 = 0")
                + " GROUP BY a.organisation_id) n ON n.organisation_id = o.id"
                + " LEFT JOIN (" + headcountSql(headcountWhere) + ") h ON h.organisation_id = o.id";
    }

    /**
     * Organisation and unnamed headcount of valid sessions whose only organisation it is. The session's other
     * organisations are found on the primary key (session_id, organisation_id) under the view.
     */
    private String headcountSql(String andWhere) {
        String valid = validities.stream()
                .map(m -> " OR (c.validity_months = ? AND so.held_on >= ?)")
                .collect(Collectors.joining());
        return "SELECT so.organisation_id, SUM(so.headcount) AS headcount FROM published_hosted_session so"
                + " JOIN published_training_course c ON c.id = so.course_id"
                + " WHERE so.headcount > 0" + (seesTraining ? "" : " AND 1 = 0")
                + " AND (c.validity_months IS NULL" + valid + ")"
                + " AND NOT EXISTS (SELECT 1 FROM published_hosted_session other"
                + " WHERE other.session_id = so.session_id AND other.organisation_id <> so.organisation_id)"
                + andWhere
                + " GROUP BY so.organisation_id";
    }

    /** The parameters of the headcount's validity test, in order. */
    List<Object> headcountParameters() {
        List<Object> parameters = new ArrayList<>();
        for (int months : validities) {
            parameters.add(months);
            parameters.add(java.sql.Date.valueOf(earliestValidSession(months, today)));
        }
        return parameters;
    }
}
