package org.engagement.core.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.engagement.core.shared.InvalidLinesException.LineError;

/**
 * The one CSV reader for imported files, core's and modules' alike: UTF-8 with or without a byte-order mark, a header
 * row naming the columns (in any case), then one record a line. Every problem is collected with its line number as a
 * spreadsheet or text editor shows it (the header is line 1; blank lines and line breaks inside quoted values count),
 * so a whole file is accepted or refused at once, naming every bad line.
 *
 * <p>Use: {@code read} with a callback for each row, report a row's problems with its getters or {@link Row#fail},
 * then {@link #throwIfInvalid()}. The file is held in memory while it is read (a 200,000-line register is about
 * 15 MB), which is what lets line numbers count the lines the parser skips.
 */
public final class CsvFile {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final int maxRows;
    private final String tooManyRows;
    private final List<LineError> errors = new ArrayList<>();
    private List<String> headings = List.of();

    /**
     * @param maxRows the most data rows a file may have; a bigger one is refused as a whole
     * @param tooManyRows what to tell the user then, saying what to do, e.g. "Split it into smaller files."
     */
    public CsvFile(int maxRows, String tooManyRows) {
        this.maxRows = maxRows;
        this.tooManyRows = tooManyRows;
    }

    /**
     * Calls {@code row} for each data line. A required column missing from the header refuses the file before any
     * row is read.
     *
     * @param expected the columns in words for the message about a missing one, e.g. "name, email (only name is
     *     required)"
     */
    public void read(InputStream in, List<String> requiredColumns, String expected, Consumer<Row> row) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors.add(new LineError(1, "The file could not be read: " + e.getMessage()));
            throw new InvalidLinesException(errors);
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        read(text, requiredColumns, expected, row);
    }

    private void read(String text, List<String> requiredColumns, String expected, Consumer<Row> row) {
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreHeaderCase(true)
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .get())
                .get()) {
            headings = List.copyOf(parser.getHeaderNames());
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.toLowerCase(Locale.ROOT))
                    .toList();
            List<String> missing =
                    requiredColumns.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(new LineError(
                        1,
                        "The header row lacks the column(s) " + String.join(", ", missing) + ". Expected: " + expected
                                + "."));
                throw new InvalidLinesException(errors);
            }
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                if (record.getRecordNumber() > maxRows) {
                    errors.clear();
                    errors.add(new LineError(line, "The file has more than " + maxRows + " rows. " + tooManyRows));
                    throw new InvalidLinesException(errors);
                }
                row.accept(new Row(record, line));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new LineError(1, "The file could not be read as CSV: " + e.getMessage()));
        }
    }

    /** The header row's column names as the file spells them, once {@code read} has begun. */
    public List<String> headings() {
        return headings;
    }

    public void fail(int line, String message) {
        errors.add(new LineError(line, message));
    }

    /** Refuses the file, naming every problem, if there were any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidLinesException(errors);
        }
    }

    /** One data line. Getters report a problem on the line and return null rather than stop at the first. */
    public final class Row {

        private final CSVRecord record;
        private final int line;

        Row(CSVRecord record, int line) {
            this.record = record;
            this.line = line;
        }

        /** The line of the file this row starts on (the header is line 1). */
        public int line() {
            return line;
        }

        public void fail(String message) {
            CsvFile.this.fail(line, message);
        }

        /** Every value of the row in the header's order, stripped; a short row is padded with empty values. */
        public List<String> values() {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < headings.size(); i++) {
                values.add(i < record.size() ? record.get(i).strip() : "");
            }
            return values;
        }

        /** The column's value, stripped; null if the column is absent or blank. */
        public String optional(String column) {
            String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
            return value == null || value.isBlank() ? null : value.strip();
        }

        public String required(String column) {
            String value = optional(column);
            if (value == null) {
                fail(column + " is missing.");
            }
            return value;
        }

        /** A date as {@code yyyy-MM-dd} or {@code dd/MM/yyyy}; null (and a problem) if it is neither. */
        public LocalDate optionalDate(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            return Dates.parseFileDate(value).orElseGet(() -> {
                fail(column + " '" + value + "' is not a date; write it as 2016-04-30 or 30/04/2016.");
                return null;
            });
        }

        public LocalDate date(String column) {
            return required(column) == null ? null : optionalDate(column);
        }

        /** One of the enum's constants, by name in any case with spaces for underscores. */
        public <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                fail(column + " '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()) + ".");
                return null;
            }
        }
    }

    /** Line numbers as a spreadsheet shows them, counting blank lines and line breaks inside quoted values. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** The parser reports a record after blank lines as starting at the first of them; skip those. */
        int lineAt(long characterPosition) {
            int start = (int) characterPosition;
            while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                start++;
            }
            for (; position < start && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
