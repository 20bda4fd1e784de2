package org.engagement.web.merge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.engagement.core.merge.MergeService;
import org.engagement.core.merge.PossibleDuplicate;
import org.engagement.core.shared.PageOf;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The administrator's possible-duplicates list: pairs worked out, searched and paged by the database, exportable. */
@Named
@ViewScoped
public class FindDuplicates implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's largest page; an export asks for every row and is read a page at a time. */
    private static final int SERVICE_PAGE = 200;

    @Inject
    private MergeService merges;

    private final Pairs pairs = new Pairs();

    public LazyDataModel<PossibleDuplicate> getPairs() {
        return pairs;
    }

    PageOf<PossibleDuplicate> page(String search, int first, int size) {
        return merges.possibleDuplicates(search, first, size);
    }

    private final class Pairs extends LazyDataModel<PossibleDuplicate> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) page(search(filters), 0, 1).total();
        }

        @Override
        public List<PossibleDuplicate> load(
                int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            String search = search(filters);
            List<PossibleDuplicate> rows = new ArrayList<>();
            long total;
            do {
                PageOf<PossibleDuplicate> page =
                        page(search, first + rows.size(), Math.min(SERVICE_PAGE, Math.max(size, 1) - rows.size()));
                rows.addAll(page.items());
                total = page.total();
                if (page.items().isEmpty()) {
                    break;
                }
            } while (rows.size() < size && first + rows.size() < total);
            setRowCount((int) total);
            return rows;
        }

        private static String search(Map<String, FilterMeta> filters) {
            FilterMeta global = filters.get(FilterMeta.GLOBAL_FILTER_KEY);
            Object value = global == null ? null : global.getFilterValue();
            return value == null ? null : value.toString();
        }

        @Override
        public String getRowKey(PossibleDuplicate row) {
            return row.firstId() + "-" + row.secondId();
        }

        @Override
        public PossibleDuplicate getRowData(String rowKey) {
            Iterable<PossibleDuplicate> loaded = getWrappedData();
            return loaded == null
                    ? null
                    : StreamSupport.stream(loaded.spliterator(), false)
                            .filter(row -> getRowKey(row).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }
}
