package org.engagement.plugins.faith;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.engagement.core.shared.LikePattern;

/**
 * What the overview's table asks for: filters (name and community contain the text, type and step match exactly),
 * one sort column, and the page. Sorting falls back to community then name, with the id last so pages never
 * overlap.
 *
 * @param step the pathway step's position, 0 for no contact yet; null for any
 */
public record OverviewSearch(
        String name,
        String typeCode,
        String community,
        Integer step,
        String sortField,
        boolean descending,
        int first,
        int max) {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "x.setting_name", "type", "x.type_code", "community", "x.community", "step", "x.pathway_step");

    public OverviewSearch {
        first = Math.max(first, 0);
        max = max <= 0 ? 50 : Math.min(max, 500);
    }

    /** The WHERE clause over the settings' derived table {@code x}, adding its values to {@code parameters}. */
    public String where(List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            conditions.add("LOWER(x.setting_name) LIKE ?" + LikePattern.ESCAPE_CLAUSE);
            parameters.add(contains(name));
        }
        if (typeCode != null && !typeCode.isBlank()) {
            conditions.add("x.type_code = ?");
            parameters.add(typeCode);
        }
        if (community != null && !community.isBlank()) {
            conditions.add("LOWER(x.community) LIKE ?" + LikePattern.ESCAPE_CLAUSE);
            parameters.add(contains(community));
        }
        if (step != null) {
            conditions.add("x.pathway_step = ?");
            parameters.add(step);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public String orderBy() {
        String column = sortField == null ? null : SORTABLE.get(sortField);
        String direction = descending ? " DESC" : "";
        return column == null
                ? " ORDER BY x.community, x.setting_name, x.organisation_id"
                : " ORDER BY " + column + direction + ", x.setting_name, x.organisation_id";
    }

    private static String contains(String text) {
        return LikePattern.contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
