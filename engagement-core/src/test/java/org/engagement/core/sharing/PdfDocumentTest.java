package org.engagement.core.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.engagement.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    private static final byte[] PDF = "%PDF-1.4\n% signed agreement\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void pdfIsAcceptedWithItsChecksumAndAPlainName() {
        PdfDocument pdf = PdfDocument.check("C:\\scans\\signed \"ISA\".pdf", PDF, 1024);
        assertThat(pdf.filename()).isEqualTo("signed ISA.pdf");
        assertThat(pdf.sha256()).hasSize(64).isEqualTo(java.util.HexFormat.of().formatHex(sha256(PDF)));
    }

    @Test
    void fileNamedPdfThatIsNotOneIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'};
        assertThatThrownBy(() -> PdfDocument.check("signed.pdf", png, 1024))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "Only PDF files are accepted, and 'signed.pdf' is not a PDF. Save or scan the signed agreement as a PDF.");
    }

    @Test
    void oversizedFileIsRefusedWithTheLimit() {
        byte[] big = new byte[3 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> PdfDocument.check("big.pdf", big, 2L * 1024 * 1024))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("document"))
                .hasMessage(
                        "The file is 3.0 MB; the largest accepted is 2.0 MB. Scan at a lower resolution or compress it.");
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> PdfDocument.check("empty.pdf", new byte[0], 1024))
                .hasMessageStartingWith("The file is empty.");
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
