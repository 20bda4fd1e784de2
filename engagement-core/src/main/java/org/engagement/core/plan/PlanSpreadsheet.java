package org.engagement.core.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidLinesException;
import org.engagement.core.shared.InvalidLinesException.LineError;
import org.engagement.core.shared.Spreadsheet;

/**
 * An action plan as the spreadsheet a council keeps (CSV or XLSX, first sheet): a header row naming the columns, then
 * one action a row. Columns, in any order and any case: {@code Outcome} (its title), {@code Ref} (e.g. 4.2; its first
 * number is the outcome's), {@code Activity}, {@code Desired Outcome}, {@code Lead}, {@code Partner Agencies},
 * {@code Start Date}, {@code Due Date} (dd/mm/yyyy or yyyy-mm-dd), {@code Outcome Measure}, {@code Progress/Impact}
 * and {@code Status} (red, amber, green or complete). Export writes the same columns, so a plan goes out and back.
 */
public final class PlanSpreadsheet {

    public static final List<String> COLUMNS = List.of(
            "Outcome",
            "Ref",
            "Activity",
            "Desired Outcome",
            "Lead",
            "Partner Agencies",
            "Start Date",
            "Due Date",
            "Outcome Measure",
            "Progress/Impact",
            "Status");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("reference", "ref"),
            Map.entry("action", "activity"),
            Map.entry("title", "activity"),
            Map.entry("description", "desired outcome"),
            Map.entry("lead officer", "lead"),
            Map.entry("partners", "partner agencies"),
            Map.entry("measure of success", "outcome measure"),
            Map.entry("progress", "progress/impact"),
            Map.entry("outcome title", "outcome"));

    private PlanSpreadsheet() {}

    /** One action read from a line of the file, with its progress text (kept as its first progress note). */
    public record Line(int line, ActionDetails details, String progress) {}

    /** Every action of the file, or every problem found in it with its line number (the header is line 1). */
    public static List<Line> read(String filename, byte[] content) {
        List<Cells> rows = rows(filename, content);
        List<Line> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        if (rows == null) {
            throw new InvalidLinesException(List.of(new LineError(
                    1, "The first line must name the columns, including Ref: " + String.join(", ", COLUMNS) + ".")));
        }
        for (Cells cells : rows) {
            Map<String, String> row = cells.cells();
            if (row.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = cells.line();
            List<String> problems = new ArrayList<>();
            lines.add(new Line(line, details(row, problems), row.getOrDefault("progress/impact", "")));
            problems.forEach(p -> errors.add(new LineError(line, p)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidLinesException(errors);
        }
        if (lines.isEmpty()) {
            throw new InvalidLinesException(List.of(new LineError(2, "The file has no actions under its header.")));
        }
        return lines;
    }

    private static ActionDetails details(Map<String, String> row, List<String> problems) {
        String ref = row.getOrDefault("ref", "").strip();
        int outcome = 0;
        if (!PlanAction.isWellFormed(ref)) {
            problems.add("Ref '" + ref + "' is not a reference such as 4.2.");
        } else {
            outcome = Integer.parseInt(ref.substring(0, ref.indexOf('.')));
        }
        String outcomeTitle = row.getOrDefault("outcome", "").strip();
        String progress = row.getOrDefault("progress/impact", "").strip();
        return new ActionDetails(
                outcome,
                outcomeTitle.isEmpty() ? "Outcome " + outcome : outcomeTitle,
                ref,
                row.get("activity"),
                row.get("desired outcome"),
                row.get("lead"),
                row.get("partner agencies"),
                date(row, "start date", problems),
                date(row, "due date", problems),
                row.get("outcome measure"),
                status(row.getOrDefault("status", ""), problems),
                progress.isEmpty() ? null : progress);
    }

    private static LocalDate date(Map<String, String> row, String column, List<String> problems) {
        String text = row.getOrDefault(column, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        return Dates.parseFileDate(text).orElseGet(() -> {
            problems.add(capitalised(column) + " '" + text + "' is not a date: write it as 31/03/2017 or 2017-03-31.");
            return null;
        });
    }

    /** The plan's own words: "Completed", "Red" and the like. */
    static Rag status(String text, List<String> problems) {
        String word = text.strip().toLowerCase(Locale.UK);
        if (word.startsWith("complete")) {
            return Rag.COMPLETE;
        }
        for (Rag rag : Rag.values()) {
            if (word.equals(rag.name().toLowerCase(Locale.UK))) {
                return rag;
            }
        }
        problems.add(
                text.isBlank()
                        ? "Give the status: red, amber, green or complete."
                        : "Status '" + text.strip() + "' is not one of red, amber, green or complete.");
        return null;
    }

    private static String capitalised(String column) {
        return Character.toUpperCase(column.charAt(0)) + column.substring(1);
    }

    /** A row of the file by column, and the line (a CSV's) or row (a sheet's) it starts on. */
    private record Cells(int line, Map<String, String> cells) {}

    /** The file's rows by column, read by the core's one spreadsheet reader; null when no heading names Ref. */
    private static List<Cells> rows(String filename, byte[] content) {
        Spreadsheet sheet;
        try {
            sheet = Spreadsheet.read(filename, content);
        } catch (InvalidLinesException unreadable) {
            return null;
        }
        List<String> headers =
                sheet.headings().stream().map(PlanSpreadsheet::column).toList();
        if (!headers.contains("ref")) {
            return null;
        }
        return sheet.rows().stream()
                .map(row -> new Cells(row.line(), row(headers, row.values())))
                .toList();
    }

    private static String column(String header) {
        String key = Spreadsheet.normal(header);
        return ALIASES.getOrDefault(key, key);
    }

    private static Map<String, String> row(List<String> headers, List<String> cells) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            row.put(headers.get(i), i < cells.size() ? cells.get(i) : "");
        }
        return row;
    }

    /** The plan's actions in the import's columns, with each action's status as shown and its latest progress note. */
    public static byte[] csv(
            List<PlanAction> actions, Map<Long, ShownStatus> statuses, Map<Long, ProgressUpdate> latest) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get())) {
            for (PlanAction a : actions) {
                ProgressUpdate note = latest.get(a.getId());
                printer.printRecord(
                        a.getOutcome().getTitle(),
                        a.getReference(),
                        a.getTitle(),
                        a.getDescription(),
                        a.getLeadOfficer(),
                        a.getPartnerAgencies(),
                        iso(a.getStartDate()),
                        iso(a.getDueDate()),
                        a.getMeasureOfSuccess(),
                        note == null ? "" : note.getNote(),
                        statuses.get(a.getId()).rag().label());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
