package org.engagement.web.importing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.engagement.core.importing.ColumnMapping;
import org.engagement.core.importing.DuplicateChoice;
import org.engagement.core.importing.ImportCheck;
import org.engagement.core.importing.ImportField;
import org.engagement.core.importing.ImportProblem;
import org.engagement.core.importing.ImportResult;
import org.engagement.core.importing.OrganisationImport;
import org.engagement.core.importing.RejectedRows;
import org.engagement.core.shared.DomainException;
import org.engagement.core.shared.Spreadsheet;
import org.engagement.web.faces.FacesErrors;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Importing organisations from a spreadsheet, in the order a person works: choose the file, match its headings to the
 * fields, check it (a dry run listing every problem by row and column, with the rejected rows to download), choose
 * what to do with rows that are organisations already kept, then import all of it with a progress bar.
 */
@Named
@ViewScoped
public class ImportOrganisations implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationImport importer;

    private Spreadsheet sheet;
    private final Map<String, String> mapping = new LinkedHashMap<>();
    private ImportCheck check;
    private DuplicateChoice duplicates = DuplicateChoice.SKIP;
    private ImportResult result;
    private final AtomicInteger done = new AtomicInteger();

    public void uploaded(FileUploadEvent event) {
        try {
            sheet = Spreadsheet.read(
                    event.getFile().getFileName(), event.getFile().getContent());
            mapping.clear();
            mapping.putAll(ColumnMapping.suggested(sheet.headings(), OrganisationImport.FIELDS)
                    .headingByField());
            check = null;
            result = null;
            Messages.create(
                            "Read {0}: {1} rows under the headings {2}.",
                            sheet.filename(), sheet.rows().size(), String.join(", ", sheet.headings()))
                    .add();
        } catch (DomainException refused) {
            sheet = null;
            FacesErrors.show(refused, "fileForm");
        }
    }

    /** The dry run: nothing is written. */
    public void dryRun() {
        try {
            check = importer.dryRun(sheet, new ColumnMapping(mapping));
            result = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused, "mappingForm");
        }
    }

    public void importAll() {
        done.set(0);
        try {
            result = importer.run(sheet, new ColumnMapping(mapping), duplicates, done::set);
            check = null;
            Messages.create(
                            "Imported {0}: {1} organisations created, {2} updated, {3} skipped as already recorded.",
                            sheet.filename(), result.created(), result.updated(), result.skipped())
                    .add();
        } catch (DomainException refused) {
            FacesErrors.show(refused, "importForm");
        }
    }

    /** Per cent of the rows imported so far, for the progress bar. */
    public int getProgress() {
        int rows = sheet == null ? 0 : sheet.rows().size();
        return rows == 0 ? 0 : (int) Math.min(100, done.get() * 100L / rows);
    }

    public StreamedContent rejectedRows() {
        byte[] csv = RejectedRows.csv(sheet, check.problems());
        return DefaultStreamedContent.builder()
                .name("rejected-rows.csv")
                .contentType("text/csv")
                .contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public List<FieldRow> getFields() {
        List<FieldRow> rows = new ArrayList<>();
        for (ImportField field : OrganisationImport.FIELDS) {
            rows.add(new FieldRow(field));
        }
        return rows;
    }

    /** One field and the heading the user matched to it, read and written through the mapping. */
    public final class FieldRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final ImportField field;

        FieldRow(ImportField field) {
            this.field = field;
        }

        public String getKey() {
            return field.key();
        }

        public String getLabel() {
            return field.label() + (field.required() ? " (required)" : "");
        }

        public String getHeading() {
            return mapping.get(field.key());
        }

        public void setHeading(String heading) {
            if (heading == null || heading.isBlank()) {
                mapping.remove(field.key());
            } else {
                mapping.put(field.key(), heading);
            }
        }
    }

    public Spreadsheet getSheet() {
        return sheet;
    }

    public ImportCheck getCheck() {
        return check;
    }

    public List<ImportProblem> getProblems() {
        return check == null ? List.of() : check.problems();
    }

    public boolean isReadyToImport() {
        return check != null && check.isClean();
    }

    public DuplicateChoice getDuplicates() {
        return duplicates;
    }

    public void setDuplicates(DuplicateChoice duplicates) {
        this.duplicates = duplicates == null ? DuplicateChoice.SKIP : duplicates;
    }

    public DuplicateChoice[] getDuplicateChoices() {
        return DuplicateChoice.values();
    }

    public ImportResult getResult() {
        return result;
    }
}
