package org.engagement.plugins.faith;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.engagement.core.shared.PageOf;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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

    private final Settings settings = new Settings();
    private List<FaithService.CommunityRow> byCommunity;

    public Settings getSettings() {
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

    /** The settings table's rows: one page at a time from the database; the exporter pages through all of them. */
    public class Settings extends LazyDataModel<FaithService.OverviewRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) faith.overview(search(filters, Map.of(), 0, 1)).total();
        }

        @Override
        public List<FaithService.OverviewRow> load(
                int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            PageOf<FaithService.OverviewRow> page = faith.overview(search(filters, sort, first, pageSize));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(FaithService.OverviewRow row) {
            return String.valueOf(row.organisationId());
        }

        private static OverviewSearch search(
                Map<String, FilterMeta> filters, Map<String, SortMeta> sort, int first, int size) {
            SortMeta order = sort.values().stream()
                    .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                    .findFirst()
                    .orElse(null);
            String step = text(filters, "step");
            return new OverviewSearch(
                    text(filters, "name"),
                    text(filters, "type"),
                    text(filters, "community"),
                    step == null ? null : Integer.valueOf(step),
                    order == null ? null : order.getField(),
                    order != null && order.getOrder() == SortOrder.DESCENDING,
                    first,
                    size);
        }

        private static String text(Map<String, FilterMeta> filters, String field) {
            FilterMeta meta = filters.get(field);
            Object value = meta == null ? null : meta.getFilterValue();
            return value == null || value.toString().isBlank() ? null : value.toString();
        }
    }
}
