package org.engagement.ui;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.engagement.core.shared.ListRequest;
import org.engagement.core.shared.PageOf;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The one lazy table of the product: a PrimeFaces table whose search box, column filters, sorted column and page
 * become a {@link ListRequest} that a service answers in the database, so only one page of rows is ever loaded (and
 * the export asks for every matching row the same way). The table asks for the count before each page; the two are
 * one query each.
 *
 * <p>The queries are serialisable lambdas over CDI client proxies or view-scoped beans, so the table survives its
 * view's serialisation (a session moving between servers).
 */
public final class PagedTable<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows match the request, whatever its first row and size. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long of(ListRequest request);
    }

    /** The rows of the request's page. */
    @FunctionalInterface
    public interface Rows<T> extends Serializable {
        List<T> of(ListRequest request);
    }

    /** A service answering with a page and its total at once. */
    @FunctionalInterface
    public interface Pages<T> extends Serializable {
        PageOf<T> of(ListRequest request);
    }

    /** A row's key, unique in the list, for selection and row actions. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final Rows<T> rows;
    private final Key<T> key;

    private PagedTable(Count count, Rows<T> rows, Key<T> key) {
        this.count = Objects.requireNonNull(count);
        this.rows = Objects.requireNonNull(rows);
        this.key = Objects.requireNonNull(key);
    }

    public static <T> PagedTable<T> of(Count count, Rows<T> rows, Key<T> key) {
        return new PagedTable<>(count, rows, key);
    }

    /**
     * Over a service that answers with a {@link PageOf}: the count asks for a one-row page, the load for the page, and
     * the load's total is kept as the table's row count.
     */
    public static <T> PagedTable<T> ofPages(Pages<T> pages, Key<T> key) {
        return new PagedTable<>(
                request -> pages.of(request).total(),
                request -> pages.of(request).items(),
                key);
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) count.of(request(filters, Map.of(), 0, 1));
    }

    @Override
    public List<T> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return rows.of(request(filters, sort, first, Math.max(size, 1)));
    }

    /** The request the table's state makes: its global search, its column filters, its first sorted column. */
    static ListRequest request(Map<String, FilterMeta> filters, Map<String, SortMeta> sort, int first, int size) {
        SortMeta order = sort.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .orElse(null);
        Map<String, String> columns = new LinkedHashMap<>();
        filters.forEach((column, meta) -> {
            Object value = meta.getFilterValue();
            if (!FilterMeta.GLOBAL_FILTER_KEY.equals(column)
                    && value != null
                    && !value.toString().isBlank()) {
                columns.put(column, value.toString());
            }
        });
        FilterMeta search = filters.get(FilterMeta.GLOBAL_FILTER_KEY);
        Object words = search == null ? null : search.getFilterValue();
        return new ListRequest(
                words == null ? null : words.toString(),
                columns,
                order == null ? null : order.getField(),
                order != null && order.getOrder() == SortOrder.DESCENDING,
                first,
                size);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    /** The row of the page on show with this key (a row action's row), or null. */
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
