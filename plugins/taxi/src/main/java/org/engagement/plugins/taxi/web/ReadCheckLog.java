package org.engagement.plugins.taxi.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.engagement.plugins.taxi.application.CheckLog;
import org.engagement.plugins.taxi.domain.CheckLogEntry;
import org.engagement.plugins.taxi.domain.RefusalReason;
import org.engagement.ui.PagedTable;

/** The administrator's view of every renewal check, newest first, a page at a time from the database. */
@Named
@ViewScoped
public class ReadCheckLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CheckLog checkLog;

    private final PagedTable<CheckLogEntry> model = PagedTable.of(
            request -> checkLog.countCheckLog(request.filter("licenceNumber")),
            request -> checkLog.checkLogPage(request.filter("licenceNumber"), request.first(), request.max()),
            CheckLogEntry::getId);

    public PagedTable<CheckLogEntry> getModel() {
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
