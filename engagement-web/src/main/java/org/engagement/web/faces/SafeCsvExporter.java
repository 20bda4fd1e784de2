package org.engagement.web.faces;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.DataExporters;

/**
 * Every table's CSV export, in one place: PrimeFaces' own CSV exporter with each cell that a spreadsheet would read
 * as a formula (it begins with =, +, -, @, a tab or a carriage return) prefixed with an apostrophe, so opening an
 * export in Excel never runs what someone typed into a record (OWASP "CSV injection", ASVS 5.3.9). Registered for
 * every data table before the first request ({@link Registration}, in faces-config.xml), so no page can forget it.
 */
public class SafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected String escapeQuotes(String value) {
        return super.escapeQuotes(neutralise(value));
    }

    /** The text as a spreadsheet will show it, never as a formula. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    /**
     * Puts this exporter in place of PrimeFaces' CSV exporter for every data table, once, before the first request is
     * processed. Not at application start-up: PrimeFaces builds its configuration lazily, reading the session cookie
     * settings, which the servlet container does not allow from the Faces start-up listener.
     */
    public static class Registration implements PhaseListener {

        private static final long serialVersionUID = 1L;
        private static final AtomicBoolean REGISTERED = new AtomicBoolean();

        @Override
        public void beforePhase(PhaseEvent event) {
            if (!REGISTERED.get()) {
                synchronized (REGISTERED) {
                    if (!REGISTERED.get()) {
                        DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
                        REGISTERED.set(true);
                    }
                }
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {}

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }
    }
}
