package org.engagement.web.securitylog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.engagement.core.security.SecurityEvent;
import org.engagement.core.security.SecurityEventType;
import org.engagement.core.security.SecurityLog;
import org.engagement.core.security.SecurityLogQuery;
import org.engagement.core.shared.PageOf;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The administrator's security log page: newest first, paged, sorted and filtered in the database, exportable. */
@Named
@ViewScoped
public class ReadSecurityLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SecurityLog securityLog;

    private final Events events = new Events();

    public LazyDataModel<SecurityEvent> getEvents() {
        return events;
    }

    public SecurityEventType[] getTypes() {
        return SecurityEventType.values();
    }

    PageOf<SecurityEvent> page(SecurityLogQuery query) {
        return securityLog.page(query);
    }

    private final class Events extends LazyDataModel<SecurityEvent> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) page(query(filters, Map.of(), 0, 1)).total();
        }

        @Override
        public List<SecurityEvent> load(
                int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            PageOf<SecurityEvent> page = page(query(filters, sort, first, size));
            setRowCount((int) page.total());
            return page.items();
        }

        private SecurityLogQuery query(
                Map<String, FilterMeta> filters, Map<String, SortMeta> sort, int first, int size) {
            SortMeta order = sort.values().stream()
                    .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                    .findFirst()
                    .orElse(null);
            return new SecurityLogQuery(
                    text(filters.get(FilterMeta.GLOBAL_FILTER_KEY)),
                    type(filters.get("type")),
                    order == null ? null : order.getField(),
                    order == null || order.getOrder() == SortOrder.DESCENDING,
                    first,
                    Math.max(size, 1));
        }

        private static String text(FilterMeta filter) {
            Object value = filter == null ? null : filter.getFilterValue();
            return value == null ? null : value.toString();
        }

        private static SecurityEventType type(FilterMeta filter) {
            Object value = filter == null ? null : filter.getFilterValue();
            if (value instanceof SecurityEventType type) {
                return type;
            }
            try {
                return value == null || value.toString().isBlank() ? null : SecurityEventType.valueOf(value.toString());
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }

        @Override
        public String getRowKey(SecurityEvent row) {
            return String.valueOf(row.getId());
        }

        @Override
        public SecurityEvent getRowData(String rowKey) {
            Iterable<SecurityEvent> loaded = getWrappedData();
            return loaded == null
                    ? null
                    : StreamSupport.stream(loaded.spliterator(), false)
                            .filter(row -> getRowKey(row).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }
}
