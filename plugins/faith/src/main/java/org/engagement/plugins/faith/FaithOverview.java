package org.engagement.plugins.faith;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The faith overview page: each setting with its community and pathway step, and the count of settings at each
 * step by community, which is the quarterly report's "groups engaged and trained" table.
 */
@Named
@ViewScoped
public class FaithOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FaithService faith;

    private List<FaithService.OverviewRow> rows;
    private List<CommunityRow> byCommunity;

    public List<FaithService.OverviewRow> getRows() {
        if (rows == null) {
            rows = faith.overview();
        }
        return rows;
    }

    public List<CommunityRow> getByCommunity() {
        if (byCommunity == null) {
            Map<String, long[]> counts = new TreeMap<>();
            for (FaithService.OverviewRow row : getRows()) {
                long[] perStep = counts.computeIfAbsent(row.community(), c -> new long[PathwayStep.values().length + 1]);
                PathwayStep current = row.pathway().current();
                perStep[current == null ? 0 : current.ordinal() + 1]++;
            }
            byCommunity = new ArrayList<>();
            counts.forEach((community, perStep) -> byCommunity.add(new CommunityRow(community, Arrays.stream(perStep).boxed().toList())));
        }
        return byCommunity;
    }

    /** Column headings of the by-community table: no contact yet, then each step. */
    public List<String> getStepHeadings() {
        List<String> headings = new ArrayList<>(List.of("No contact yet"));
        Arrays.stream(PathwayStep.values()).map(PathwayStep::label).forEach(headings::add);
        return headings;
    }

    /** How many settings of one community are at each step (first: no contact yet). */
    public record CommunityRow(String community, List<Long> counts) implements Serializable {

        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }
}
