package org.engagement.plugins.taxi.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.engagement.core.shared.Dates;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.RefusalReason;
import org.engagement.plugins.taxi.domain.RenewalCheck;
import org.engagement.plugins.taxi.domain.RenewalDecision;
import org.engagement.plugins.taxi.domain.TrainingEvidence;

/** The renewal check as a PDF for the licence file: decision, reasons, evidence, who checked and when. */
final class EvidencePdf {

    private static final Color ELIGIBLE = new Color(0x1b, 0x6e, 0x20);
    private static final Color REFUSED = new Color(0xb0, 0x00, 0x20);

    private EvidencePdf() {}

    static byte[] of(RenewalCheck check, String operatorName, String checkedBy, Instant checkedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Renewal evidence " + check.driver().getLicenceNumber());
            document.open();
            write(document, check, operatorName, checkedBy, checkedAt);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the evidence sheet: " + e.getMessage(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void write(
            Document document, RenewalCheck check, String operatorName, String checkedBy, Instant checkedAt) {
        RenewalDecision d = check.decision();
        Driver driver = check.driver();
        document.add(new Paragraph(
                "Safeguarding training: evidence for licence renewal", new Font(Font.HELVETICA, 16, Font.BOLD)));
        document.add(new Paragraph(
                d.eligible() ? "ELIGIBLE for renewal" : "NOT ELIGIBLE for renewal",
                new Font(Font.HELVETICA, 20, Font.BOLD, d.eligible() ? ELIGIBLE : REFUSED)));
        PdfPTable table = new PdfPTable(new float[] {1, 2.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        row(table, "Driver", driver.getName());
        row(table, "Licence number", driver.getLicenceNumber());
        row(
                table,
                "Licence",
                driver.getLicenceType().label() + ", " + driver.getStatus().label() + ", expires "
                        + Dates.describe(driver.getLicenceExpiry()));
        row(table, "Operator", operatorName);
        row(table, "Renewal date checked", Dates.describe(d.renewalDate()));
        row(
                table,
                "Reasons",
                d.eligible()
                        ? "None: the training is valid on the renewal date."
                        : String.join(
                                " ",
                                d.reasons().stream()
                                        .map(RefusalReason::explanation)
                                        .toList()));
        TrainingEvidence t = d.training();
        if (t == null) {
            row(table, "Course", "No qualifying training on file");
        } else {
            row(table, "Course", t.courseCode() + ": " + t.courseTitle());
            row(table, "Completed on", Dates.describe(t.completedOn()));
            row(table, "Certificate number", t.certificateNumber() == null ? "Not recorded" : t.certificateNumber());
            row(table, "Valid until", Dates.describe(d.validUntil()));
            row(table, "Recorded by", t.recordedBy());
        }
        row(table, "Checked by", checkedBy);
        row(table, "Checked at", Dates.describe(checkedAt));
        document.add(table);
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new Paragraph(label, new Font(Font.HELVETICA, 10, Font.BOLD)));
        table.addCell(new Paragraph(value == null ? "" : value, new Font(Font.HELVETICA, 10)));
    }
}
