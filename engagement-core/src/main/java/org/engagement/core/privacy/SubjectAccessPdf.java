package org.engagement.core.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.PersonalDataSection;

/**
 * A subject access export as a PDF a person can read: one heading per kind of record, each record a small table of
 * its fields, and "None held" where there is nothing, so the reader sees what was looked for as well as what was found.
 */
public final class SubjectAccessPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);

    private SubjectAccessPdf() {}

    public static byte[] of(SubjectAccessExport export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Personal data held about " + export.name());
            document.open();
            document.add(new Paragraph("Personal data held about " + export.name(), TITLE));
            document.add(new Paragraph(
                    "Produced on " + Dates.describe(export.producedAt()) + " by " + export.producedBy()
                            + " in answer to a subject access request (UK GDPR Article 15). Record number "
                            + export.personId() + ".",
                    TEXT));
            export.sections().forEach(section -> section(document, section));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the subject access export: " + e.getMessage(), e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void section(Document document, PersonalDataSection section) {
        Paragraph heading = new Paragraph(section.title(), HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
        if (section.rows().isEmpty()) {
            document.add(new Paragraph("None held.", TEXT));
            return;
        }
        for (Map<String, String> row : section.rows()) {
            PdfPTable table = new PdfPTable(new float[] {1.2f, 4f});
            table.setWidthPercentage(100);
            table.setSpacingAfter(6);
            row.forEach((field, value) -> {
                table.addCell(new PdfPCell(new Phrase(field, BOLD)));
                table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, TEXT)));
            });
            document.add(table);
        }
    }
}
