package org.engagement.plugins.taxi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidLinesException;
import org.engagement.core.shared.InvalidLinesException.LineError;

/**
 * Streams a UTF-8 CSV file with a header row (a byte-order mark is skipped) and collects every problem with its
 * line number (the header is line 1), so a whole file is accepted or refused at once.
 */
final class CsvFile {

    /** Twice the largest register we know of: a bigger file is refused with a message, not read into memory. */
    static final int MAX_ROWS = 200_000;

    private final List<LineError> errors = new ArrayList<>();

    /** Calls {@code row} for each data line; a missing column in the header refuses the file before any row. */
    void read(InputStream in, List<String> columns, Consumer<Row> row) {
        try (Reader reader = withoutBom(in);
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setTrim(true)
                        .setIgnoreEmptyLines(true)
                        .get()
                        .parse(reader)) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.toLowerCase(Locale.ROOT))
                    .toList();
            List<String> missing =
                    columns.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(new LineError(
                        1,
                        "The header row lacks the column(s) " + String.join(", ", missing) + ". Expected: "
                                + String.join(", ", columns) + "."));
                throw new InvalidLinesException(errors);
            }
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > MAX_ROWS) {
                    errors.clear();
                    errors.add(
                            new LineError(
                                    (int) record.getRecordNumber() + 1,
                                    "The file has more than " + MAX_ROWS
                                            + " rows, the most one import takes. Split it into smaller files and import each."));
                    throw new InvalidLinesException(errors);
                }
                // Record n is on line n + 1: the header is line 1 and fields do not span lines in these files.
                row.accept(new Row(record, (int) record.getRecordNumber() + 1));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new LineError(1, "The file could not be read as CSV: " + e.getMessage()));
        }
    }

    void fail(int line, String message) {
        errors.add(new LineError(line, message));
    }

    /** Refuses the file, naming every problem, if there were any. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidLinesException(errors);
        }
    }

    private static Reader withoutBom(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** One data line. Getters report a problem on the line and return null rather than stop at the first. */
    final class Row {

        private final CSVRecord record;
        final int line;

        Row(CSVRecord record, int line) {
            this.record = record;
            this.line = line;
        }

        String optional(String column) {
            String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
            return value == null || value.isBlank() ? null : value.strip();
        }

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                fail(line, column + " is missing.");
            }
            return value;
        }

        LocalDate date(String column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            return Dates.parseFileDate(value).orElseGet(() -> {
                fail(line, column + " '" + value + "' is not a date; use yyyy-MM-dd or dd/MM/yyyy.");
                return null;
            });
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                fail(
                        line,
                        column + " '" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants())
                                + ".");
                return null;
            }
        }

        LicenceNumber licenceNumber(String column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                return new LicenceNumber(value);
            } catch (org.engagement.core.shared.InvalidInputException e) {
                fail(line, column + " '" + value + "': " + e.errors().get(0).message());
                return null;
            }
        }
    }
}
