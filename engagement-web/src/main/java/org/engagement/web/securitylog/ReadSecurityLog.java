package org.engagement.web.securitylog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.engagement.core.security.SecurityEvent;
import org.engagement.core.security.SecurityEventType;
import org.engagement.core.security.SecurityLog;
import org.engagement.core.security.SecurityLogQuery;
import org.engagement.core.shared.ListRequest;
import org.engagement.core.shared.PageOf;
import org.engagement.ui.PagedTable;

/** The administrator's security log page: newest first, paged, sorted and filtered in the database, exportable. */
@Named
@ViewScoped
public class ReadSecurityLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityLog securityLog;

    private final PagedTable<SecurityEvent> events =
            PagedTable.ofPages(request -> page(query(request)), SecurityEvent::getId);

    public PagedTable<SecurityEvent> getEvents() {
        return events;
    }

    public SecurityEventType[] getTypes() {
        return SecurityEventType.values();
    }

    PageOf<SecurityEvent> page(SecurityLogQuery query) {
        return securityLog.page(query);
    }

    /** Newest first unless the reader sorts by a column; an unknown event type filters nothing. */
    private static SecurityLogQuery query(ListRequest request) {
        return new SecurityLogQuery(
                request.search(),
                type(request.filter("type")),
                request.sortBy(),
                request.sortBy() == null || request.descending(),
                request.first(),
                request.max());
    }

    private static SecurityEventType type(String name) {
        try {
            return name == null ? null : SecurityEventType.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
