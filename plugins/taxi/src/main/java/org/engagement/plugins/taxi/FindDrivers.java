package org.engagement.plugins.taxi;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The driver register: searched, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class FindDrivers implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TaxiService taxi;

    private Map<Long, String> operators;
    private final Model model = new Model();

    public class Model extends LazyDataModel<Driver> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) taxi.countDrivers(search(filters, Map.of(), 0, 1));
        }

        @Override
        public List<Driver> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return taxi.listDrivers(search(filters, sort, first, pageSize));
        }

        @Override
        public String getRowKey(Driver driver) {
            return driver.getLicenceNumber();
        }
    }

    private static DriverSearch search(
            Map<String, FilterMeta> filters, Map<String, SortMeta> sort, int first, int size) {
        SortMeta order = sort.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .orElse(null);
        String operator = text(filters, "operator");
        String status = text(filters, "status");
        return new DriverSearch(
                text(filters, FilterMeta.GLOBAL_FILTER_KEY),
                operator == null ? null : Long.valueOf(operator),
                status == null ? null : LicenceStatus.valueOf(status),
                first,
                size,
                order == null ? null : order.getField(),
                order != null && order.getOrder() == SortOrder.DESCENDING);
    }

    private static String text(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    public Model getModel() {
        return model;
    }

    public Map<Long, String> getOperators() {
        if (operators == null) {
            operators = new java.util.LinkedHashMap<>(taxi.operatorNames());
        }
        return operators;
    }

    public String operatorName(Long operatorId) {
        return operatorId == null ? "None recorded" : getOperators().getOrDefault(operatorId, "");
    }

    public List<LicenceStatus> getStatuses() {
        return List.of(LicenceStatus.values());
    }
}
