package org.engagement.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeCsvExporterTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasArePrefixedWithAnApostrophe() {
        assertThat(SafeCsvExporter.neutralise("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SafeCsvExporter.neutralise("+44 1234")).isEqualTo("'+44 1234");
        assertThat(SafeCsvExporter.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(SafeCsvExporter.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCsvExporter.neutralise("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SafeCsvExporter.neutralise("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(SafeCsvExporter.neutralise("Al-Noor Mosque")).isEqualTo("Al-Noor Mosque");
        assertThat(SafeCsvExporter.neutralise("a=b")).isEqualTo("a=b");
        assertThat(SafeCsvExporter.neutralise("")).isEmpty();
        assertThat(SafeCsvExporter.neutralise(null)).isNull();
    }
}
