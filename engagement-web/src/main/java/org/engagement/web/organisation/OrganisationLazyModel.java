package org.engagement.web.organisation;

import java.util.List;
import java.util.Map;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationSearch;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationStatus;
import org.engagement.core.organisation.Sector;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Pages, sorts and filters organisations in the database: the table's column filters and global search become
 * an {@link OrganisationSearch}, so only one page of rows is ever loaded.
 */
public class OrganisationLazyModel extends LazyDataModel<Organisation> {

    private static final long serialVersionUID = 1L;

    /** A CDI client proxy, so it survives serialisation of the view. */
    private final OrganisationService organisations;

    /** Chosen outside the table's columns (the list shows no level per row), so kept here rather than in a filter. */
    private String trainingLevel;

    OrganisationLazyModel(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** The table asks for the count before it loads the page, so each is one query and neither repeats the other. */
    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) organisations.count(search(filters, Map.of(), 0, 1));
    }

    @Override
    public List<Organisation> load(
            int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return organisations.list(search(filters, sort, first, pageSize));
    }

    void setTrainingLevel(String trainingLevel) {
        this.trainingLevel = trainingLevel == null || trainingLevel.isBlank() ? null : trainingLevel;
    }

    String getTrainingLevel() {
        return trainingLevel;
    }

    private OrganisationSearch search(
            Map<String, FilterMeta> filters, Map<String, SortMeta> sort, int first, int size) {
        SortMeta order = sort.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .orElse(null);
        return new OrganisationSearch(
                text(filters, FilterMeta.GLOBAL_FILTER_KEY),
                text(filters, "name"),
                text(filters, "type"),
                enumValue(Sector.class, text(filters, "sector")),
                enumValue(OrganisationStatus.class, text(filters, "status")),
                text(filters, "postcode"),
                text(filters, "leadOfficer"),
                trainingLevel,
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

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    @Override
    public String getRowKey(Organisation organisation) {
        return String.valueOf(organisation.getId());
    }

    @Override
    public Organisation getRowData(String rowKey) {
        return organisations.get(Long.parseLong(rowKey));
    }
}
