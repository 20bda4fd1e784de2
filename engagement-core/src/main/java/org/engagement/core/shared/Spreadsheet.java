package org.engagement.core.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.engagement.core.shared.InvalidLinesException.LineError;

/**
 * A file to import as its headings and rows, whichever it was: CSV (read by the core's one CSV reader) or XLSX (the
 * first sheet). Each row keeps the line a spreadsheet shows it on (the heading row is 1), so every problem can be
 * named by row and column. Wholly blank rows are left out.
 */
public record Spreadsheet(String filename, List<String> headings, List<SheetRow> rows) implements Serializable {

    public static final int MAX_ROWS = 100_000;
    private static final String TOO_MANY = "Split it into files of at most " + MAX_ROWS + " rows.";

    public Spreadsheet {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }

    /** One row: its line in the file and its values in the headings' order. */
    public record SheetRow(int line, List<String> values) implements Serializable {

        public SheetRow {
            values = List.copyOf(values);
        }

        public String value(int column) {
            return column >= 0 && column < values.size() ? values.get(column) : "";
        }
    }

    public static Spreadsheet read(String filename, byte[] content) {
        return isXlsx(filename, content) ? xlsx(filename, content) : csv(filename, content);
    }

    /** The column a heading names, ignoring case and spacing; -1 if none does. */
    public int column(String heading) {
        if (heading == null) {
            return -1;
        }
        for (int i = 0; i < headings.size(); i++) {
            if (normal(headings.get(i)).equals(normal(heading))) {
                return i;
            }
        }
        return -1;
    }

    /** Text as headings are compared: case, outer spaces and runs of spaces ignored. */
    public static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean isXlsx(String filename, byte[] content) {
        // An XLSX file is a ZIP archive: it starts with "PK".
        return filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                || content.length > 1 && content[0] == 'P' && content[1] == 'K';
    }

    private static Spreadsheet csv(String filename, byte[] content) {
        CsvFile file = new CsvFile(MAX_ROWS, TOO_MANY);
        List<SheetRow> rows = new ArrayList<>();
        file.read(new ByteArrayInputStream(content), List.of(), "a heading for each column", row -> {
            List<String> values = row.values();
            if (values.stream().anyMatch(v -> !v.isEmpty())) {
                rows.add(new SheetRow(row.line(), values));
            }
        });
        file.throwIfInvalid();
        return new Spreadsheet(filename, file.headings(), rows);
    }

    private static Spreadsheet xlsx(String filename, byte[] content) {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headings = cells(sheet.getRow(sheet.getFirstRowNum()), -1, formatter);
            List<SheetRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                if (rows.size() >= MAX_ROWS) {
                    throw new InvalidLinesException(List.of(
                            new LineError(r + 1, "The sheet has more than " + MAX_ROWS + " rows. " + TOO_MANY)));
                }
                List<String> values = cells(sheet.getRow(r), headings.size(), formatter);
                if (values.stream().anyMatch(v -> !v.isEmpty())) {
                    rows.add(new SheetRow(r + 1, values));
                }
            }
            return new Spreadsheet(filename, headings, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidLinesException refused) {
                throw refused;
            }
            throw new InvalidLinesException(List.of(
                    new LineError(1, "The file could not be read as an Excel workbook (XLSX): " + e.getMessage())));
        }
    }

    /** The row's cells as text; {@code width} -1 for as many as the row has. */
    private static List<String> cells(Row row, int width, DataFormatter formatter) {
        int count = width >= 0 ? width : row == null ? 0 : Math.max(row.getLastCellNum(), 0);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            cells.add(row == null ? "" : text(row.getCell(c), formatter));
        }
        return cells;
    }

    /** A date cell as ISO (so it reads the same as a CSV's), anything else as Excel shows it. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }
}
