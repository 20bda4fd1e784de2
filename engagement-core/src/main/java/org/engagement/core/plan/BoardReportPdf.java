package org.engagement.core.plan;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.engagement.core.shared.Dates;
import org.engagement.core.training.QuarterlyFigures;

/**
 * Writes the board report as a PDF: the plan, the scorecard with a chart per figure, the training table with its
 * totals added up here, and a page per sector module. Status is always written in words, not only in colour.
 */
final class BoardReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Color LINE = new Color(0x1b, 0x5e, 0x9e);
    private static final Color TARGET = new Color(0x6b, 0x4e, 0x00);

    private BoardReportPdf() {}

    static byte[] of(BoardReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Report to the board: " + report.planTitle());
            document.open();
            plan(document, report);
            scorecard(document, writer, report);
            training(document, report.training());
            report.modules().forEach(page -> module(document, report, page));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the board report: " + e.getMessage(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void plan(Document document, BoardReport report) {
        document.add(new Paragraph(report.planTitle() + ": report to the board", TITLE));
        document.add(new Paragraph(
                report.quarters().get(0) + " to "
                        + report.quarters().get(report.quarters().size() - 1)
                        + " (" + Dates.describe(report.from()) + " to " + Dates.describe(report.to())
                        + "); figures as at "
                        + Dates.describe(report.asOf()) + ", computed from the records.",
                TEXT));
        document.add(new Paragraph("Action plan", HEADING));
        PdfPTable table = table(
                new float[] {0.5f, 2.6f, 1.2f, 0.9f, 2.2f, 3f},
                "Ref.",
                "Action",
                "Lead",
                "Due",
                "Status",
                "Latest progress");
        String outcome = null;
        for (BoardReport.ActionLine a : report.actions()) {
            if (!a.outcome().equals(outcome)) {
                outcome = a.outcome();
                PdfPCell cell = new PdfPCell(new Phrase("Outcome " + outcome, BOLD));
                cell.setColspan(6);
                cell.setBackgroundColor(new Color(0xee, 0xf1, 0xf4));
                table.addCell(cell);
            }
            table.addCell(text(a.reference()));
            table.addCell(text(a.title()));
            table.addCell(text(a.leadOfficer()));
            table.addCell(text(Dates.describe(a.dueDate())));
            table.addCell(text(a.status().toUpperCase() + (a.reason().isEmpty() ? "" : ": " + a.reason())));
            table.addCell(text(a.latestProgress()));
        }
        document.add(table);
    }

    private static void scorecard(Document document, PdfWriter writer, BoardReport report) {
        document.newPage();
        document.add(new Paragraph("Scorecard", HEADING));
        if (report.scorecard().lines().isEmpty()) {
            document.add(new Paragraph("No action's measure is bound to a figure.", TEXT));
        }
        for (Scorecard.Line line : report.scorecard().lines()) {
            document.add(new Paragraph(
                    line.figure() + " (action " + line.reference() + "): target "
                            + Suggestion.format(line.target(), line.unit()) + " by " + Dates.describe(line.targetDate())
                            + ". Status: " + line.status() + ". "
                            + (line.statusReason() == null ? "" : line.statusReason()),
                    BOLD));
            PdfPTable values = table(
                    new float[line.cells().size()],
                    line.cells().stream().map(Scorecard.Cell::quarter).toArray(String[]::new));
            for (Scorecard.Cell c : line.cells()) {
                values.addCell(text(
                        c.value() == null
                                ? ""
                                : Suggestion.format(c.value(), line.unit())
                                        + (c.detail().isEmpty() ? "" : " (" + c.detail() + ")")));
            }
            document.add(values);
            document.add(chart(writer, line));
        }
    }

    /** A line chart of the figure by quarter with the target dashed; the table above gives the same numbers. */
    private static Image chart(PdfWriter writer, Scorecard.Line line) {
        float width = 520;
        float height = 130;
        float left = 40;
        float bottom = 20;
        List<Scorecard.Cell> cells = line.cells();
        double max = Math.max(
                line.target(),
                cells.stream()
                        .filter(c -> c.value() != null)
                        .mapToDouble(Scorecard.Cell::value)
                        .max()
                        .orElse(0));
        double top = max <= 0 ? 1 : max * 1.1;
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        BaseFont font = TEXT.getCalculatedBaseFont(false);
        t.setColorStroke(Color.GRAY);
        t.moveTo(left, bottom);
        t.lineTo(width - 10, bottom);
        t.moveTo(left, bottom);
        t.lineTo(left, height - 5);
        t.stroke();
        float step = (width - left - 20) / Math.max(1, cells.size() - 1);
        float targetY = (float) (bottom + line.target() / top * (height - bottom - 10));
        t.setColorStroke(TARGET);
        t.setLineDash(4, 3);
        t.moveTo(left, targetY);
        t.lineTo(width - 10, targetY);
        t.stroke();
        t.setLineDash(0);
        t.setColorStroke(LINE);
        t.setLineWidth(1.5f);
        boolean started = false;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).value() == null) {
                continue;
            }
            float x = left + i * step;
            float y = (float) (bottom + cells.get(i).value() / top * (height - bottom - 10));
            if (started) {
                t.lineTo(x, y);
            } else {
                t.moveTo(x, y);
                started = true;
            }
        }
        t.stroke();
        t.beginText();
        t.setFontAndSize(font, 7);
        t.setColorFill(Color.DARK_GRAY);
        for (int i = 0; i < cells.size(); i++) {
            t.showTextAligned(PdfContentByte.ALIGN_CENTER, cells.get(i).quarter(), left + i * step, 5, 0);
        }
        t.showTextAligned(
                PdfContentByte.ALIGN_RIGHT, Suggestion.format(line.target(), line.unit()), left - 3, targetY - 2, 0);
        t.endText();
        try {
            Image image = Image.getInstance(t);
            image.setAlt(line.figure() + " by quarter against its target; the table gives the same figures.");
            return image;
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** People trained per audience per quarter; every total is added up from the rows, never copied. */
    private static void training(Document document, QuarterlyFigures figures) {
        document.newPage();
        document.add(new Paragraph("People trained by audience and quarter", HEADING));
        int columns = figures.quarters().size() + 2;
        float[] widths = new float[columns];
        widths[0] = 3;
        for (int i = 1; i < columns; i++) {
            widths[i] = 1;
        }
        String[] headers = new String[columns];
        headers[0] = "Audience";
        for (int i = 0; i < figures.quarters().size(); i++) {
            headers[i + 1] = figures.quarters().get(i).label();
        }
        headers[columns - 1] = "Total";
        PdfPTable table = table(widths, headers);
        for (QuarterlyFigures.Row row : figures.rows()) {
            table.addCell(text(row.audienceLabel()));
            row.counts().forEach(n -> table.addCell(number(n)));
            table.addCell(number(row.total()));
        }
        table.addCell(new Phrase("Total", BOLD));
        figures.totals().forEach(n -> table.addCell(number(n)));
        table.addCell(number(figures.grandTotal()));
        document.add(table);
    }

    private static void module(Document document, BoardReport report, BoardReport.ModulePage page) {
        document.newPage();
        document.add(new Paragraph(page.name(), HEADING));
        if (page.figures().isEmpty()) {
            document.add(new Paragraph("This module contributes no figures to the scorecard.", TEXT));
            return;
        }
        String[] headers = new String[report.quarters().size() + 1];
        headers[0] = "Figure";
        for (int i = 0; i < report.quarters().size(); i++) {
            headers[i + 1] = report.quarters().get(i);
        }
        float[] widths = new float[headers.length];
        java.util.Arrays.fill(widths, 1);
        widths[0] = 3;
        PdfPTable table = table(widths, headers);
        for (BoardReport.FigureRow row : page.figures()) {
            table.addCell(text(row.label()));
            row.values().forEach(v -> table.addCell(text(v)));
        }
        document.add(table);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        float[] actual = widths.length == 0 || widths[0] == 0 ? null : widths;
        PdfPTable table = actual == null ? new PdfPTable(headers.length) : new PdfPTable(actual);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
            cell.setBackgroundColor(new Color(0xdd, 0xe3, 0xea));
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell text(String value) {
        return new PdfPCell(new Phrase(value == null ? "" : value, TEXT));
    }

    private static PdfPCell number(long value) {
        PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(value), TEXT));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
