package org.engagement.plugins.faith;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.engagement.core.shared.ListRequest;
import org.engagement.ui.PagedTable;

/**
 * The faith overview page: the count of settings at each step by community, which is the quarterly report's
 * "groups engaged and trained" table, and every setting with its community and step, paged, sorted and
 * filtered by the database.
 */
@Named
@ViewScoped
public class FaithOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FaithService faith;

    /** The settings table's rows: one page at a time from the database; the exporter pages through all of them. */
    private final PagedTable<FaithService.OverviewRow> settings =
            PagedTable.ofPages(request -> faith.overview(search(request)), FaithService.OverviewRow::organisationId);

    private List<FaithService.CommunityRow> byCommunity;

    public PagedTable<FaithService.OverviewRow> getSettings() {
        return settings;
    }

    public List<FaithService.CommunityRow> getByCommunity() {
        if (byCommunity == null) {
            byCommunity = faith.byCommunity();
        }
        return byCommunity;
    }

    /** How many faith settings there are, for the dashboard widget. */
    public long getSettingCount() {
        return getByCommunity().stream()
                .mapToLong(FaithService.CommunityRow::total)
                .sum();
    }

    /** Column headings of the by-community table: no contact yet, then each step. */
    public List<String> getStepHeadings() {
        List<String> headings = new ArrayList<>(List.of("No contact yet"));
        Arrays.stream(PathwayStep.values()).map(PathwayStep::label).forEach(headings::add);
        return headings;
    }

    /** The step filter's choices: the value is the step's position, as the database computes it. */
    public List<SelectItem> getStepChoices() {
        List<String> headings = getStepHeadings();
        List<SelectItem> choices = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            choices.add(new SelectItem(String.valueOf(i), headings.get(i)));
        }
        return choices;
    }

    public List<SelectItem> getTypeChoices() {
        return FaithModule.TYPES.stream()
                .map(t -> new SelectItem(t.code(), t.label()))
                .toList();
    }

    private static OverviewSearch search(ListRequest request) {
        String step = request.filter("step");
        return new OverviewSearch(
                request.filter("name"),
                request.filter("type"),
                request.filter("community"),
                step == null ? null : Integer.valueOf(step),
                request.sortBy(),
                request.descending(),
                request.first(),
                request.max());
    }
}
