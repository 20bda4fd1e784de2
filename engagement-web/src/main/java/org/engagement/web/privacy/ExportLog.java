package org.engagement.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.engagement.core.spi.RecordViews;

/**
 * Logs each table export (the {@code e:exports} links: every list's CSV, Excel or PDF) in the access log, since most
 * tables hold people's names: the file's name says which table.
 */
@Named
@RequestScoped
public class ExportLog {

    @Inject
    private RecordViews views;

    public void tableExported(String fileName, String format) {
        views.exported(RecordKinds.TABLE_EXPORT, null, fileName + " (" + format + ")");
    }
}
