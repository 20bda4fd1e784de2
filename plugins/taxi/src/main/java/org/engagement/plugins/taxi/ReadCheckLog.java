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

/** The administrator's view of every renewal check, newest first, a page at a time from the database. */
@Named
@ViewScoped
public class ReadCheckLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TaxiService taxi;

    private final Model model = new Model();

    public class Model extends LazyDataModel<CheckLogEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) taxi.countCheckLog(licence(filters));
        }

        @Override
        public List<CheckLogEntry> load(
                int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return taxi.checkLogPage(licence(filters), first, pageSize);
        }

        private static String licence(Map<String, FilterMeta> filters) {
            FilterMeta meta = filters.get("licenceNumber");
            return meta == null || meta.getFilterValue() == null
                    ? null
                    : meta.getFilterValue().toString();
        }

        @Override
        public String getRowKey(CheckLogEntry entry) {
            return String.valueOf(entry.getId());
        }
    }

    public Model getModel() {
        return model;
    }

    /** The stored reason codes in words. */
    public String reasons(CheckLogEntry entry) {
        if (entry.getReasons() == null || entry.getReasons().isBlank()) {
            return "";
        }
        return String.join(
                " ",
                java.util.Arrays.stream(entry.getReasons().split(",\\s*"))
                        .map(code -> RefusalReason.valueOf(code).explanation())
                        .toList());
    }
}
