package org.engagement.web.faces;

import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.DataExporters;

/**
 * Every table's CSV export, in one place: PrimeFaces' own CSV exporter with each cell that a spreadsheet would read
 * as a formula (it begins with =, +, -, @, a tab or a carriage return) prefixed with an apostrophe, so opening an
 * export in Excel never runs what someone typed into a record (OWASP "CSV injection", ASVS 5.3.9). Registered for
 * every data table when the application starts ({@link Registration}, in faces-config.xml), so no page can forget it.
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
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    /** Puts this exporter in place of PrimeFaces' CSV exporter for every data table. */
    public static class Registration implements SystemEventListener {

        @Override
        public void processEvent(SystemEvent event) throws AbortProcessingException {
            DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
        }

        @Override
        public boolean isListenerForSource(Object source) {
            return true;
        }
    }
}
