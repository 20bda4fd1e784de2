package org.engagement.web.importing;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.text.MessageFormat;
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
import org.engagement.core.importing.RejectedRows;
import org.engagement.core.importing.SavedMapping;
import org.engagement.core.importing.SavedMappings;
import org.engagement.core.importing.SpreadsheetImport;
import org.engagement.core.shared.Spreadsheet;
import org.engagement.core.spi.PageFeedback;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Importing records from a spreadsheet, in the order a person works: choose the file, match its headings to the
 * fields, check it (a dry run listing every problem by row and column, with the rejected rows to download), choose
 * what to do with rows that are records already kept, then import all of it with a progress bar. Each kind of record
 * (organisations, people, engagements) names only its import and its words; the page's steps are
 * {@code /WEB-INF/includes/import-steps.xhtml}.
 */
public abstract class SpreadsheetImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kind of record's import. */
    protected abstract SpreadsheetImport<?, ?> importer();

    /** The records, plural, in a sentence: "organisations". */
    public abstract String getRecords();

    @Inject
    private SavedMappings savedMappings;

    @Inject
    private PageFeedback feedback;

    private Spreadsheet sheet;
    private Long savedMappingId;
    private String mappingName;
    private final Map<String, String> mapping = new LinkedHashMap<>();
    private ImportCheck check;
    private DuplicateChoice duplicates = DuplicateChoice.SKIP;
    private ImportResult result;
    private final AtomicInteger done = new AtomicInteger();

    public void uploaded(FileUploadEvent event) {
        boolean read = feedback.attempt(
                () -> {
                    sheet = Spreadsheet.read(
                            event.getFile().getFileName(), event.getFile().getContent());
                    mapping.clear();
                    mapping.putAll(
                            ColumnMapping.suggested(sheet.headings(), importer().fields())
                                    .headingByField());
                    check = null;
                    result = null;
                    return MessageFormat.format(
                            "Read {0}: {1} rows under the headings {2}.",
                            sheet.filename(), sheet.rows().size(), String.join(", ", sheet.headings()));
                },
                "fileForm");
        if (!read) {
            sheet = null;
        }
    }

    /** The mappings saved for this kind of import, to choose from. */
    public List<SavedMapping> getSavedMappings() {
        return savedMappings.of(importer().kind());
    }

    /** Matches the headings as the chosen saved mapping does; a field whose heading the file lacks is left empty. */
    public void useSavedMapping() {
        feedback.attempt(
                () -> {
                    SavedMapping saved = savedMappings.get(importer().kind(), savedMappingId);
                    mapping.clear();
                    saved.mapping().headingByField().forEach((field, heading) -> {
                        if (sheet.column(heading) >= 0) {
                            mapping.put(field, heading);
                        }
                    });
                    mappingName = saved.getName();
                    check = null;
                    return MessageFormat.format("Matched the headings as the saved mapping {0} does.", saved.getName());
                },
                "mappingForm");
    }

    /** Keeps the headings as matched now under the name the user gave, for the next file. */
    public void saveMapping() {
        feedback.attempt(
                () -> {
                    SavedMapping saved = savedMappings.save(importer().kind(), mappingName, new ColumnMapping(mapping));
                    savedMappingId = saved.getId();
                    return MessageFormat.format(
                            "Saved the mapping as {0}. Choose it next time under Use a saved mapping.",
                            saved.getName());
                },
                "mappingForm");
    }

    public Long getSavedMappingId() {
        return savedMappingId;
    }

    public void setSavedMappingId(Long savedMappingId) {
        this.savedMappingId = savedMappingId;
    }

    public String getMappingName() {
        return mappingName;
    }

    public void setMappingName(String mappingName) {
        this.mappingName = mappingName;
    }

    /** The dry run: nothing is written. */
    public void dryRun() {
        feedback.attempt(
                () -> {
                    check = importer().dryRun(sheet, new ColumnMapping(mapping));
                    result = null;
                },
                "mappingForm",
                null);
    }

    public void importAll() {
        done.set(0);
        feedback.attempt(
                () -> {
                    result = importer().run(sheet, new ColumnMapping(mapping), duplicates, done::set);
                    check = null;
                    return MessageFormat.format(
                            "Imported {0}: {1} {2} created, {3} updated, {4} skipped as already recorded.",
                            sheet.filename(), result.created(), getRecords(), result.updated(), result.skipped());
                },
                "importForm");
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
        for (ImportField field : importer().fields()) {
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
