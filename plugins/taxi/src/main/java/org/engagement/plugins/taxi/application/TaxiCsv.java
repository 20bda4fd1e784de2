package org.engagement.plugins.taxi.application;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.engagement.core.shared.CsvFile;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.plugins.taxi.domain.DriverRow;
import org.engagement.plugins.taxi.domain.LicenceNumber;
import org.engagement.plugins.taxi.domain.LicenceStatus;
import org.engagement.plugins.taxi.domain.LicenceType;
import org.engagement.plugins.taxi.domain.TrainingRow;

/** Reads the two files the module imports; every invalid line is reported and the whole file refused. */
final class TaxiCsv {

    static final List<String> REGISTER_COLUMNS = List.of(
            "licence_number",
            "licence_type",
            "surname",
            "forenames",
            "date_of_birth",
            "licence_expiry",
            "operator_name",
            "status");
    static final List<String> TRAINING_COLUMNS =
            List.of("licence_number", "course_code", "completed_on", "certificate_number");

    /** Twice the largest register we know of: a bigger file is refused with a message saying what to do. */
    static final int MAX_ROWS = 200_000;

    private TaxiCsv() {}

    private static CsvFile file() {
        return new CsvFile(MAX_ROWS, "That is the most one import takes: split it into smaller files and import each.");
    }

    /** The column's licence number; null (and a problem on the line) if it is missing or malformed. */
    private static LicenceNumber licenceNumber(CsvFile.Row row, String column) {
        String value = row.required(column);
        if (value == null) {
            return null;
        }
        try {
            return new LicenceNumber(value);
        } catch (InvalidInputException e) {
            row.fail(column + " '" + value + "': " + e.errors().get(0).message());
            return null;
        }
    }

    static List<DriverRow> register(InputStream in) {
        CsvFile file = file();
        List<DriverRow> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        file.read(in, REGISTER_COLUMNS, String.join(", ", REGISTER_COLUMNS), row -> {
            LicenceNumber number = licenceNumber(row, "licence_number");
            LicenceType type = row.choice("licence_type", LicenceType.class);
            String surname = row.required("surname");
            String forenames = row.required("forenames");
            LocalDate born = row.date("date_of_birth");
            LocalDate expiry = row.date("licence_expiry");
            LicenceStatus status = row.choice("status", LicenceStatus.class);
            String operator = row.optional("operator_name");
            if (surname != null && surname.length() > 100 || forenames != null && forenames.length() > 100) {
                row.fail("Names must be 100 characters or fewer.");
            }
            if (number != null) {
                Integer earlier = firstLine.putIfAbsent(number.value(), row.line());
                if (earlier != null) {
                    row.fail("licence_number " + number + " also appears on line " + earlier + ".");
                }
            }
            if (number != null
                    && type != null
                    && surname != null
                    && forenames != null
                    && born != null
                    && expiry != null
                    && status != null) {
                rows.add(new DriverRow(
                        row.line(), number.value(), type, surname, forenames, born, expiry, operator, status));
            }
        });
        file.throwIfInvalid();
        return rows;
    }

    /** Lines naming an unknown licence or course, or a completion after {@code today}, are refused as well. */
    static List<TrainingRow> training(
            InputStream in, LocalDate today, java.util.Set<String> knownLicences, java.util.Set<String> knownCourses) {
        CsvFile file = file();
        List<TrainingRow> rows = new ArrayList<>();
        file.read(in, TRAINING_COLUMNS, String.join(", ", TRAINING_COLUMNS), row -> {
            LicenceNumber number = licenceNumber(row, "licence_number");
            String course = row.required("course_code");
            LocalDate completed = row.date("completed_on");
            String certificate = row.optional("certificate_number");
            if (number != null && !knownLicences.contains(number.value())) {
                row.fail("licence_number " + number + " is not on the driver register.");
            }
            String code = course == null ? null : course.toUpperCase(Locale.ROOT);
            if (code != null && !knownCourses.contains(code)) {
                row.fail("course_code " + course + " is not a course on the training catalogue.");
            }
            if (completed != null && completed.isAfter(today)) {
                row.fail("completed_on " + completed + " is in the future.");
            }
            if (certificate != null && certificate.length() > 60) {
                row.fail("certificate_number must be 60 characters or fewer.");
            }
            if (number != null && code != null && completed != null) {
                rows.add(new TrainingRow(row.line(), number.value(), code, completed, certificate));
            }
        });
        file.throwIfInvalid();
        return rows;
    }
}
