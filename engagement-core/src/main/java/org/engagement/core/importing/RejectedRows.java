package org.engagement.core.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.engagement.core.shared.Spreadsheet;

/**
 * The rows a dry run refused, as a CSV file the user can correct and import again: the file's own headings and
 * values, and one more column saying what is wrong with the row.
 */
public final class RejectedRows {

    public static final String REASON_COLUMN = "Problem";

    private RejectedRows() {}

    public static byte[] csv(Spreadsheet sheet, List<ImportProblem> problems) {
        Map<Integer, List<String>> reasons = new LinkedHashMap<>();
        for (ImportProblem problem : problems) {
            reasons.computeIfAbsent(problem.line(), line -> new ArrayList<>())
                    .add((problem.column() == null ? "" : problem.column() + ": ") + problem.message());
        }
        List<String> header = new ArrayList<>(sheet.headings());
        header.add(REASON_COLUMN);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (Spreadsheet.SheetRow row : sheet.rows()) {
                List<String> reason = reasons.get(row.line());
                if (reason != null) {
                    List<String> record = new ArrayList<>(row.values());
                    record.add(String.join("; ", reason));
                    printer.printRecord(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }
}
