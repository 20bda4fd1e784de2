package org.engagement.web.safeguarding;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.engagement.core.safeguarding.ListRequest;
import org.engagement.core.shared.PageOf;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Pages a safeguarding list in the database: the table's search box and sorted column become a {@link ListRequest},
 * so only one page of rows is loaded (the export asks for all rows that match, the same way).
 */
abstract class SafeguardingLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The page of rows the request asks for, with how many match in all. */
    protected abstract PageOf<T> page(ListRequest request);

    protected abstract long key(T row);

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) page(request(filters, Map.of(), 0, 1)).total();
    }

    @Override
    public List<T> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        PageOf<T> page = page(request(filters, sort, first, size));
        setRowCount((int) page.total());
        return page.items();
    }

    private static ListRequest request(
            Map<String, FilterMeta> filters, Map<String, SortMeta> sort, int first, int size) {
        SortMeta order = sort.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .orElse(null);
        FilterMeta search = filters.get(FilterMeta.GLOBAL_FILTER_KEY);
        Object words = search == null ? null : search.getFilterValue();
        return new ListRequest(
                words == null ? null : words.toString(),
                order == null ? null : order.getField(),
                order != null && order.getOrder() == SortOrder.DESCENDING,
                first,
                Math.max(size, 1));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key(row));
    }

    @Override
    public T getRowData(String rowKey) {
        Iterable<T> loaded = getWrappedData();
        return loaded == null
                ? null
                : StreamSupport.stream(loaded.spliterator(), false)
                        .filter(row -> getRowKey(row).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
