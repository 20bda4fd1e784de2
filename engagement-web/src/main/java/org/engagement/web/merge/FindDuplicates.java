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
import org.engagement.core.merge.PossibleDuplicatePerson;
import org.engagement.core.shared.PageOf;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The administrator's possible-duplicates lists (organisations, people): pairs worked out, searched and paged by the database, exportable. */
@Named
@ViewScoped
public class FindDuplicates implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's largest page; an export asks for every row and is read a page at a time. */
    private static final int SERVICE_PAGE = 200;

    @Inject
    private MergeService merges;

    private final Pairs<PossibleDuplicate> pairs = new OrganisationPairs();

    private final Pairs<PossibleDuplicatePerson> peoplePairs = new PeoplePairs();

    public LazyDataModel<PossibleDuplicate> getPairs() {
        return pairs;
    }

    /** Pairs of people who may be the same, listed, searched and paged like the organisations' pairs. */
    public LazyDataModel<PossibleDuplicatePerson> getPeoplePairs() {
        return peoplePairs;
    }

    PageOf<PossibleDuplicate> page(String search, int first, int size) {
        return merges.possibleDuplicates(search, first, size);
    }

    PageOf<PossibleDuplicatePerson> peoplePage(String search, int first, int size) {
        return merges.possibleDuplicatePeople(search, first, size);
    }

    private final class OrganisationPairs extends Pairs<PossibleDuplicate> {

        private static final long serialVersionUID = 1L;

        @Override
        PageOf<PossibleDuplicate> page(String search, int first, int size) {
            return FindDuplicates.this.page(search, first, size);
        }

        @Override
        public String getRowKey(PossibleDuplicate row) {
            return row.firstId() + "-" + row.secondId();
        }
    }

    private final class PeoplePairs extends Pairs<PossibleDuplicatePerson> {

        private static final long serialVersionUID = 1L;

        @Override
        PageOf<PossibleDuplicatePerson> page(String search, int first, int size) {
            return peoplePage(search, first, size);
        }

        @Override
        public String getRowKey(PossibleDuplicatePerson row) {
            return row.firstId() + "-" + row.secondId();
        }
    }

    /** A list of pairs read from the service a page at a time (its pages are at most {@link #SERVICE_PAGE}). */
    private abstract static class Pairs<T> extends LazyDataModel<T> {

        private static final long serialVersionUID = 1L;

        abstract PageOf<T> page(String search, int first, int size);

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) page(search(filters), 0, 1).total();
        }

        @Override
        public List<T> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            String search = search(filters);
            List<T> rows = new ArrayList<>();
            long total;
            do {
                PageOf<T> page =
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
}
