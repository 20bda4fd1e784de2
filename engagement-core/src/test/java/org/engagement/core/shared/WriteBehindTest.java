package org.engagement.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WriteBehindTest {

    private final List<List<Integer>> written = new ArrayList<>();

    @Test
    void entriesAreWrittenInTheOrderMadeABatchAtATime() {
        WriteBehind<Integer> log = new WriteBehind<>(2, 10, written::add);
        IntStream.rangeClosed(1, 5).forEach(log::add);

        log.writeAll();

        assertThat(written).containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
        assertThat(log.waiting()).isZero();
    }

    @Test
    void aBatchThatFailsStaysQueuedAndIsWrittenByTheNextWriter() {
        boolean[] databaseDown = {true};
        WriteBehind<Integer> log = new WriteBehind<>(2, 10, batch -> {
            if (databaseDown[0]) {
                throw new IllegalStateException("database down");
            }
            written.add(batch);
        });
        log.add(1);
        log.add(2);
        log.add(3);

        assertThatThrownBy(log::writeAll).hasMessage("database down");
        assertThat(log.waiting()).isEqualTo(3);
        databaseDown[0] = false;
        log.writeAll();

        assertThat(written).containsExactly(List.of(1, 2), List.of(3));
    }

    @Test
    void theRequestIsToldWhenAWholeBatchWaitsAndWhenTheQueueIsFarBehind() {
        WriteBehind<Integer> log = new WriteBehind<>(2, 4, written::add);

        assertThat(log.add(1)).isFalse();
        assertThat(log.batchWaiting()).isFalse();
        assertThat(log.add(2)).isFalse();
        assertThat(log.batchWaiting()).isTrue();
        assertThat(log.add(3)).isFalse();
        assertThat(log.add(4)).as("four waiting: far behind").isTrue();
    }

    @Test
    void entriesAddedWhileWritingAreAllWrittenOnceAndInOrder() throws InterruptedException {
        List<Integer> all = new ArrayList<>();
        WriteBehind<Integer> log = new WriteBehind<>(100, 1_000_000, all::addAll);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        threads.submit(() -> IntStream.range(0, 50_000).forEach(log::add));
        threads.submit(() -> {
            for (int i = 0; i < 200; i++) {
                log.writeAll();
            }
        });
        threads.shutdown();
        assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        log.writeAll();

        assertThat(all)
                .containsExactlyElementsOf(IntStream.range(0, 50_000).boxed().toList());
    }
}
