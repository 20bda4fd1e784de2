package org.engagement.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.engagement.core.shared.InvalidLinesException;
import org.junit.jupiter.api.Test;

class AttendanceCsvTest {

    private static ByteArrayInputStream rows(int count) {
        StringBuilder csv = new StringBuilder("name,email\n");
        for (int i = 0; i < count; i++) {
            csv.append("Attendee ").append(i).append(",a").append(i).append("@example.org\n");
        }
        return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileOfUpToTheRowCapIsRead() {
        assertThat(AttendanceCsv.read(rows(AttendanceCsv.MAX_ROWS))).hasSize(AttendanceCsv.MAX_ROWS);
    }

    @Test
    void aFileOverTheRowCapIsRefusedWithAMessageSayingWhatToDo() {
        assertThatThrownBy(() -> AttendanceCsv.read(rows(AttendanceCsv.MAX_ROWS + 1)))
                .isInstanceOf(InvalidLinesException.class)
                .satisfies(e -> assertThat(((InvalidLinesException) e).lines())
                        .singleElement()
                        .satisfies(line -> assertThat(line.message())
                                .contains("more than 5000 rows")
                                .contains("split it")));
    }
}
