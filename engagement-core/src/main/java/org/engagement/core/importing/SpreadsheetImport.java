package org.engagement.core.importing;

import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.engagement.core.shared.Spreadsheet;

/**
 * What every spreadsheet import shares, whatever the record: the user's mapping checked against the file, each row
 * read into a record or its problems (by row and column), rows that repeat an earlier row of the file refused, rows
 * that are records already kept matched, a dry run that only reports, and an import that re-checks and writes every
 * row or, if anything is wrong, none. A kind of record says only its fields, how a row becomes its record, what makes
 * two rows the same, and how a record is created or updated (through its own service, so its rules and its history
 * apply as if entered by hand).
 *
 * @param <R> a row read into what the record's service takes
 * @param <L> what every row of one file looks up (types, organisations...), loaded once per file
 */
@Transactional
public abstract class SpreadsheetImport<R, L> {

    /** New records saved together (see {@link #createAll}): one flush and one turn of the history's chain each. */
    private static final int CREATED_TOGETHER = 500;

    /** The records imported, plural, as the API's path and saved mappings name them: "people". */
    public abstract String kind();

    /** The fields a column can fill, in the order the mapping step shows them. */
    public abstract List<ImportField> fields();

    /** Refuses a user who may not import this kind of record. */
    protected abstract void requireImporter();

    /** Loads, once per file, what every row looks up. */
    protected abstract L lookups();

    /** Reads one row: sets its record, or adds its problems, and says what identifies it. */
    protected abstract void read(ImportRow<R> row, L lookups);

    protected abstract void create(R record);

    /**
     * Creates these records, in order. One by one unless a kind of record can be saved together: an import of
     * 50,000 organisations then saves them in batches, not 50,000 times.
     */
    protected void createAll(List<R> records) {
        records.forEach(this::create);
    }

    protected abstract void update(long id, R record);

    /** Creates the records waiting to be created, then reports each as done; returns the rows done now. */
    private int createNow(List<R> toCreate, int done, IntConsumer progress) {
        if (!toCreate.isEmpty()) {
            createAll(List.copyOf(toCreate));
            for (int i = 0; i < toCreate.size(); i++) {
                progress.accept(++done);
            }
            toCreate.clear();
        }
        return done;
    }

    /** Every problem of the file, and the rows that match records already kept; writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportCheck dryRun(Spreadsheet sheet, ColumnMapping mapping) {
        return readAll(sheet, mapping).check();
    }

    /**
     * Imports every row, or none: a file with any problem is refused with all of them. Rows matching a record already
     * kept are skipped, update it, or are created anyway, as {@code duplicates} says. {@code progress} hears how many
     * rows are done.
     */
    public ImportResult run(
            Spreadsheet sheet, ColumnMapping mapping, DuplicateChoice duplicates, IntConsumer progress) {
        Rows<R> rows = readAll(sheet, mapping);
        ImportCheck check = rows.check();
        if (!check.isClean()) {
            throw new ImportRefusedException(check.problems());
        }
        int created = 0;
        int updated = 0;
        int skipped = 0;
        int done = 0;
        List<R> toCreate = new ArrayList<>();
        for (ImportRow<R> row : rows.read) {
            if (row.match() == null || duplicates == DuplicateChoice.CREATE) {
                toCreate.add(row.record());
                created++;
                if (toCreate.size() == CREATED_TOGETHER) {
                    done = createNow(toCreate, done, progress);
                }
            } else if (duplicates == DuplicateChoice.UPDATE) {
                update(row.match().id(), row.record());
                updated++;
                progress.accept(++done);
            } else {
                skipped++;
                progress.accept(++done);
            }
        }
        createNow(toCreate, done, progress);
        return new ImportResult(created, updated, skipped);
    }

    private Rows<R> readAll(Spreadsheet sheet, ColumnMapping mapping) {
        requireImporter();
        Rows<R> rows = new Rows<>(sheet.rows().size(), mappingProblems(sheet, mapping));
        if (rows.problems.isEmpty()) {
            L lookups = lookups();
            List<ImportRow<R>> firstOfTheirKind = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (Spreadsheet.SheetRow line : sheet.rows()) {
                ImportRow<R> row = new ImportRow<>(sheet, mapping, line);
                read(row, lookups);
                if (row.problems().isEmpty() && row.identity() != null) {
                    Integer earlier = seen.putIfAbsent(row.identity().key(), row.line());
                    if (earlier == null) {
                        firstOfTheirKind.add(row);
                    } else {
                        row.problem(
                                row.identity().field(),
                                "Row " + earlier + " has the same "
                                        + row.identity().description() + ". Remove one of the two rows.");
                    }
                }
                rows.add(row);
            }
            lookUpKept(firstOfTheirKind.stream().map(ImportRow::record).toList(), lookups);
            firstOfTheirKind.forEach(ImportRow::matchKept);
        }
        return rows;
    }

    /**
     * Looks up, all at once, the records already kept that these rows may be, before each row is asked for its match
     * ({@link ImportRow#identify}): a kind whose rows would each ask the database puts the answers in its lookups
     * here, so that a file of 50,000 rows asks a few hundred times, not 50,000. Nothing to do by default.
     */
    protected void lookUpKept(List<R> records, L lookups) {}

    private List<ImportProblem> mappingProblems(Spreadsheet sheet, ColumnMapping mapping) {
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportField field : fields()) {
            String heading = mapping.heading(field.key());
            if (heading == null && field.required()) {
                problems.add(new ImportProblem(1, null, "Choose the column that holds the " + field.label() + "."));
            } else if (heading != null && sheet.column(heading) < 0) {
                problems.add(new ImportProblem(
                        1,
                        heading,
                        "The file has no column headed " + heading + " (chosen for " + field.label() + ")."));
            }
        }
        return problems;
    }

    private static final class Rows<R> {
        private final int count;
        private final List<ImportProblem> problems;
        private final List<ImportRow<R>> read = new ArrayList<>();

        Rows(int count, List<ImportProblem> problems) {
            this.count = count;
            this.problems = problems;
        }

        void add(ImportRow<R> row) {
            read.add(row);
            problems.addAll(row.problems());
        }

        ImportCheck check() {
            return new ImportCheck(
                    count,
                    problems,
                    read.stream()
                            .filter(r -> r.match() != null)
                            .map(ImportRow::match)
                            .toList());
        }
    }
}
