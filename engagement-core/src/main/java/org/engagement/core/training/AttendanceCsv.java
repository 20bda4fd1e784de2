package org.engagement.core.training;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.engagement.core.shared.CsvFile;
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
    /** Far more than any session's attendance: a bigger file is refused with a message. */
    public static final int MAX_ROWS = 5_000;

    private AttendanceCsv() {}

    /** The attendees, keyed by line number, or every problem found. */
    public static Map<Integer, AttendeeDetails> read(InputStream in) {
        CsvFile file = new CsvFile(
                MAX_ROWS, "That is more attendees than one session can have. Check it is the right file, or split it.");
        Map<Integer, AttendeeDetails> attendees = new TreeMap<>();
        file.read(in, List.of("name"), String.join(", ", COLUMNS) + " (only name is required)", row -> {
            AttendeeDetails attendee = attendee(row);
            if (attendee != null) {
                attendees.put(row.line(), attendee);
            }
        });
        file.throwIfInvalid();
        if (attendees.isEmpty()) {
            throw new InvalidLinesException(List.of(new LineError(2, "The file has no attendees below its header.")));
        }
        return attendees;
    }

    /** The row's attendee, or null after reporting its problems on its line. */
    private static AttendeeDetails attendee(CsvFile.Row row) {
        List<String> problems = new ArrayList<>();
        String name = row.optional("name");
        if (name == null) {
            problems.add("Enter the attendee's name.");
        } else if (name.length() > 200) {
            problems.add("The name must be 200 characters or fewer.");
        }
        String email = row.optional("email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add("'" + email + "' is not an email address like name@example.org.");
        }
        Long organisationId = number(row.optional("organisation_id"), problems);
        String certificate = row.optional("certificate_number");
        if (certificate != null && certificate.length() > 60) {
            problems.add("The certificate number must be 60 characters or fewer.");
        }
        problems.forEach(row::fail);
        LocalDate completedOn = row.optionalDate("completed_on");
        boolean badDate = completedOn == null && row.optional("completed_on") != null;
        return problems.isEmpty() && !badDate
                ? new AttendeeDetails(null, name, email, organisationId, completedOn, certificate)
                : null;
    }

    private static Long number(String text, List<String> problems) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(
                    "organisation_id '" + text + "' is not a number; use the id shown on the organisation's page.");
            return null;
        }
    }
}
