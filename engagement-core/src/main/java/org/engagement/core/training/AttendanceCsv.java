package org.engagement.core.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidLinesException;
import org.engagement.core.shared.InvalidLinesException.LineError;

/**
 * Reads an attendance list: UTF-8 (with or without a byte-order mark), a header row, then one attendee a line
 * with columns {@code name, email, organisation_id, completed_on, certificate_number} (only name is required;
 * completed_on as {@code yyyy-MM-dd} or {@code dd/MM/yyyy}). Any bad line rejects the whole file, listing every one.
 */
public final class AttendanceCsv {

    public static final List<String> COLUMNS =
            List.of("name", "email", "organisation_id", "completed_on", "certificate_number");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Far more than any session's attendance: a bigger file is refused with a message. */
    public static final int MAX_ROWS = 5_000;

    private AttendanceCsv() {}

    /** The attendees, keyed by line number, or every problem found. */
    public static Map<Integer, AttendeeDetails> read(InputStream in) {
        try {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return read(text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : text.substring(1));
        } catch (IOException e) {
            throw new InvalidLinesException(
                    List.of(new LineError(1, "The file could not be read as UTF-8 CSV: " + e.getMessage())));
        }
    }

    private static Map<Integer, AttendeeDetails> read(String text) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setIgnoreHeaderCase(true)
                .get();
        List<LineError> errors = new ArrayList<>();
        Map<Integer, AttendeeDetails> attendees = new TreeMap<>();
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            Set<String> headers = Set.copyOf(parser.getHeaderNames().stream()
                    .map(h -> h.toLowerCase(Locale.ROOT))
                    .toList());
            if (!headers.contains("name")) {
                throw new InvalidLinesException(List.of(new LineError(
                        1,
                        "The first line must name the columns: " + String.join(",", COLUMNS)
                                + " (only name is required).")));
            }
            for (CSVRecord row : parser) {
                if (row.getRecordNumber() > MAX_ROWS) {
                    throw new InvalidLinesException(
                            List.of(
                                    new LineError(
                                            0,
                                            "The file has more than " + MAX_ROWS
                                                    + " attendees, more than one session can have. Check it is the right file, or split it.")));
                }
                int line = lines.lineAt(row.getCharacterPosition());
                AttendeeDetails attendee = attendee(row, line, errors);
                if (attendee != null) {
                    attendees.put(line, attendee);
                }
            }
        } catch (IllegalStateException | java.io.UncheckedIOException malformed) {
            errors.add(new LineError(0, "The file is not valid CSV: " + malformed.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidLinesException(errors);
        }
        if (attendees.isEmpty()) {
            throw new InvalidLinesException(List.of(new LineError(2, "The file has no attendees below its header.")));
        }
        return attendees;
    }

    private static AttendeeDetails attendee(CSVRecord row, int line, List<LineError> errors) {
        int before = errors.size();
        String name = value(row, "name");
        if (name == null) {
            errors.add(new LineError(line, "Enter the attendee's name."));
        } else if (name.length() > 200) {
            errors.add(new LineError(line, "The name must be 200 characters or fewer."));
        }
        String email = value(row, "email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new LineError(line, "'" + email + "' is not an email address like name@example.org."));
        }
        Long organisationId = number(value(row, "organisation_id"), line, errors);
        LocalDate completedOn = date(value(row, "completed_on"), line, errors);
        String certificate = value(row, "certificate_number");
        if (certificate != null && certificate.length() > 60) {
            errors.add(new LineError(line, "The certificate number must be 60 characters or fewer."));
        }
        return errors.size() > before
                ? null
                : new AttendeeDetails(null, name, email, organisationId, completedOn, certificate);
    }

    private static String value(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long number(String text, int line, List<LineError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            errors.add(new LineError(
                    line,
                    "organisation_id '" + text + "' is not a number; use the id shown on the organisation's page."));
            return null;
        }
    }

    static LocalDate date(String text, int line, List<LineError> errors) {
        if (text == null) {
            return null;
        }
        return Dates.parseFileDate(text).orElseGet(() -> {
            errors.add(new LineError(
                    line, "completed_on '" + text + "' is not a date; write it as 2016-04-30 or 30/04/2016."));
            return null;
        });
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
