package org.engagement.core.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.Spreadsheet;

/**
 * One row of the file as an import reads it: its values by field (through the user's mapping), the problems found at
 * their columns, the record it becomes, what identifies it among the file's rows, and the record already kept that
 * it matches.
 *
 * @param <R> what the row is read into
 */
public final class ImportRow<R> {

    /** What makes two rows the same record: a key, described in words, shown at a field's column. */
    public record Identity(String key, String description, String field) {}

    private final Spreadsheet sheet;
    private final ColumnMapping mapping;
    private final Spreadsheet.SheetRow row;
    private final List<ImportProblem> problems = new ArrayList<>();
    private R record;
    private Identity identity;
    private Supplier<Optional<ImportCheck.Match>> kept = Optional::empty;
    private ImportCheck.Match match;

    ImportRow(Spreadsheet sheet, ColumnMapping mapping, Spreadsheet.SheetRow row) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.row = row;
    }

    public int line() {
        return row.line();
    }

    /** The field's value in this row, stripped; null when empty or when no column was chosen for it. */
    public String value(String field) {
        String heading = mapping.heading(field);
        String value = heading == null ? null : row.value(sheet.column(heading));
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The file's heading chosen for the field, or null. */
    public String heading(String field) {
        return mapping.heading(field);
    }

    /** A problem at the column chosen for the field (or at the row, if none was). */
    public void problem(String field, String message) {
        problems.add(new ImportProblem(line(), heading(field), message));
    }

    /**
     * The record's own refusal, each message at the column of the field it names, unless that column already has a
     * problem (a value the import could not read is what the record then finds missing).
     */
    public void refused(InvalidInputException refusal) {
        for (InvalidInputException.FieldError error : refusal.errors()) {
            String column = heading(error.field());
            if (column == null || problems.stream().noneMatch(p -> column.equals(p.column()))) {
                problem(error.field(), error.message());
            }
        }
    }

    /**
     * The field's value as one of {@code choices}, by its label, by the label's words before a bracket ("Public task"
     * for "Public task (6(1)(e))"), by a label's first word ("9(2)(g)") or by its name; null when the row leaves it
     * empty. Anything else is a problem listing the labels to use.
     */
    public <E extends Enum<E>> E choice(String field, E[] choices, Function<E, String> label, String what) {
        String word = value(field);
        if (word == null) {
            return null;
        }
        String given = Spreadsheet.normal(word.replace('_', ' '));
        for (E choice : choices) {
            String text = label.apply(choice);
            if (given.equals(Spreadsheet.normal(text))
                    || given.equals(Spreadsheet.normal(text.replaceAll("\\s+\\(.*$", "")))
                    || (text.indexOf('(') > 0 && given.equals(Spreadsheet.normal(text.split(" ")[0])))
                    || given.equals(Spreadsheet.normal(choice.name().replace('_', ' ')))) {
                return choice;
            }
        }
        problem(
                field,
                "'" + word + "' is not " + what + ". Use one of: "
                        + Arrays.stream(choices).map(label).collect(Collectors.joining("; ")) + ".");
        return null;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public R record() {
        return record;
    }

    public void record(R read) {
        this.record = read;
    }

    /**
     * Says what makes this row the same as another ({@code description} completes "Row 3 has the same …") and how to
     * find the record already kept that it is, looked up only if no earlier row of the file is the same.
     */
    public void identify(String key, String description, String field, Supplier<Optional<ImportCheck.Match>> keptOne) {
        this.identity = new Identity(key, description, field);
        this.kept = keptOne;
    }

    Identity identity() {
        return identity;
    }

    void matchKept() {
        match = kept.get().orElse(null);
    }

    public ImportCheck.Match match() {
        return match;
    }
}
