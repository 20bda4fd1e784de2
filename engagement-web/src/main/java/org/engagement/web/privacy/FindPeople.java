package org.engagement.web.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.engagement.core.privacy.PersonSummary;
import org.engagement.core.privacy.PrivacyService;
import org.engagement.core.shared.PageOf;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The data protection officer's finder: everyone recorded, by name, searched and paged in the database. */
@Named
@ViewScoped
public class FindPeople implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PrivacyService privacy;

    private final People people = new People();

    public LazyDataModel<PersonSummary> getPeople() {
        return people;
    }

    PageOf<PersonSummary> page(String words, int first, int size) {
        return privacy.findPeople(words, first, size);
    }

    private final class People extends LazyDataModel<PersonSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) page(words(filters), 0, 1).total();
        }

        @Override
        public List<PersonSummary> load(
                int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            PageOf<PersonSummary> page = page(words(filters), first, Math.max(size, 1));
            setRowCount((int) page.total());
            return page.items();
        }

        private static String words(Map<String, FilterMeta> filters) {
            FilterMeta global = filters.get(FilterMeta.GLOBAL_FILTER_KEY);
            Object value = global == null ? null : global.getFilterValue();
            return value == null ? null : value.toString();
        }

        @Override
        public String getRowKey(PersonSummary row) {
            return String.valueOf(row.id());
        }

        @Override
        public PersonSummary getRowData(String rowKey) {
            Iterable<PersonSummary> loaded = getWrappedData();
            return loaded == null
                    ? null
                    : StreamSupport.stream(loaded.spliterator(), false)
                            .filter(row -> getRowKey(row).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }
}
