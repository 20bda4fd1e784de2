package org.engagement.web.importing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.engagement.core.importing.EngagementImport;
import org.engagement.core.importing.SpreadsheetImport;

/** Importing engagements from a spreadsheet, through the import page's steps. */
@Named
@ViewScoped
public class ImportEngagements extends SpreadsheetImportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private EngagementImport importer;

    @Override
    protected SpreadsheetImport<?, ?> importer() {
        return importer;
    }

    @Override
    public String getRecords() {
        return "engagements";
    }
}
