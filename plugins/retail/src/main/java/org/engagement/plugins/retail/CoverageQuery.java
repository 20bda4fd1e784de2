package org.engagement.plugins.retail;

import java.util.stream.Collectors;

/**
 * The SQL of the coverage table: premises grouped by type and ward, with the visits, hotspots, headcounts and
 * trained staff of each group summed by the database. Staff trained are the distinct people with a role at the
 * premises who hold a training record still valid on the date given as its one parameter. It reads the core's
 * tables, so the module's persistence test runs it against the core's real migrations.
 */
final class CoverageQuery {

    private static final String TYPES = RetailModule.TYPE_CODES.stream().sorted().map(c -> "'" + c + "'")
            .collect(Collectors.joining(", "));

    private CoverageQuery() {
    }

    /** @param seesTraining whether the reader may see training records; if not, no one counts as trained */
    static String sql(boolean seesTraining) {
        return "SELECT o.type_code, o.ward, COUNT(*),"
                + " SUM(CASE WHEN v.organisation_id IS NULL THEN 0 ELSE 1 END),"
                + " SUM(CASE WHEN t.trained IS NULL THEN 0 ELSE 1 END),"
                + " SUM(CASE WHEN p.hotspot = TRUE THEN 1 ELSE 0 END),"
                + " SUM(COALESCE(p.staff_headcount, 0)),"
                + " SUM(COALESCE(t.trained, 0))"
                + " FROM organisation o"
                + " LEFT JOIN retail_premises p ON p.organisation_id = o.id"
                + " LEFT JOIN (SELECT DISTINCT organisation_id FROM retail_awareness_visit) v ON v.organisation_id = o.id"
                + " LEFT JOIN (SELECT a.organisation_id, COUNT(DISTINCT a.person_id) AS trained FROM affiliation a"
                + " JOIN training_record r ON r.person_id = a.person_id"
                + " WHERE (r.valid_until IS NULL OR r.valid_until >= ?)" + (seesTraining ? "" : " AND 1 = 0")
                + " GROUP BY a.organisation_id) t ON t.organisation_id = o.id"
                + " WHERE o.type_code IN (" + TYPES + ")"
                + " GROUP BY o.type_code, o.ward";
    }
}
