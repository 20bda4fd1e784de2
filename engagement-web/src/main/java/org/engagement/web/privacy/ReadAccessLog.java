package org.engagement.web.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.engagement.core.accesslog.AccessLog;
import org.engagement.core.accesslog.AccessLogEntry;
import org.engagement.core.accesslog.AccessLogQuery;
import org.engagement.core.shared.DomainException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.spi.PageFeedback;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The data protection officer's access log page: who looked at what, newest first, paged in the database, narrowed to
 * one person, one user and a range of days, and downloaded as CSV (that download is itself logged).
 */
@Named
@ViewScoped
public class ReadAccessLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccessLog accessLog;

    @Inject
    private PageFeedback feedback;

    private Long personId;
    private String username;
    private LocalDate from;
    private LocalDate to;
    private final Entries entries = new Entries();

    public LazyDataModel<AccessLogEntry> getEntries() {
        return entries;
    }

    /** The CSV of every entry the filters match. */
    public StreamedContent exportCsv() {
        byte[] csv = accessLog.csv(query(0, 1));
        return DefaultStreamedContent.builder()
                .name("access-log.csv")
                .contentType("text/csv")
                .contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    /** Shows the filters' first page; a date range running backwards is refused beside the field. */
    public void show() {
        feedback.attempt(() -> accessLog.page(query(0, 1)), "filters", null);
    }

    private AccessLogQuery query(int first, int size) {
        return new AccessLogQuery(personId, username, from, to, first, size);
    }

    private final class Entries extends LazyDataModel<AccessLogEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<AccessLogEntry> load(
                int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            PageOf<AccessLogEntry> page = page(first, Math.max(size, 1));
            setRowCount((int) page.total());
            return page.items();
        }

        private PageOf<AccessLogEntry> page(int first, int size) {
            // Not PageFeedback: the table loads while the page renders, after show() has already said why the
            // filters are refused; the table then shows no entries rather than the error page.
            try {
                return accessLog.page(query(first, size));
            } catch (DomainException refused) {
                return new PageOf<>(List.of(), 0);
            }
        }

        @Override
        public String getRowKey(AccessLogEntry row) {
            return String.valueOf(row.getId());
        }

        @Override
        public AccessLogEntry getRowData(String rowKey) {
            Iterable<AccessLogEntry> loaded = getWrappedData();
            return loaded == null
                    ? null
                    : StreamSupport.stream(loaded.spliterator(), false)
                            .filter(row -> getRowKey(row).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
