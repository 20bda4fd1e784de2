package org.engagement.core.shared;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Log entries written behind the requests that made them: queued in the order made, and written in batches, each in a
 * transaction of its own, by one writer at a time, so the log keeps that order and a request never waits for a database
 * log sync. An entry leaves the queue only once its batch is written, so a failed write is tried again by the next.
 *
 * <p>The owner decides when to write: a timer or a thread of its own now and then, a reader before it reads (so it sees
 * every entry made before it asked), a normal shutdown; and a request that finds the queue far behind, so that only a
 * stalled writer makes requests pay and the queue stays bounded. What is not promised: if the process dies abruptly
 * (kill -9, power loss), the entries of its last moment, not yet written, are lost.
 *
 * @param <T> an entry of the log
 */
public final class WriteBehind<T> {

    private final Queue<T> queued = new ConcurrentLinkedQueue<>();

    /** The queue's length, kept beside it: the queue's own size() walks every entry, on every request. */
    private final AtomicInteger queuedCount = new AtomicInteger();

    private final int batch;
    private final int farBehind;
    private final Consumer<List<T>> writeBatch;

    /**
     * @param batch the most entries written in one transaction
     * @param farBehind the queue's length at which {@link #add} tells the request to write rather than wait
     * @param writeBatch writes a batch in a transaction of its own, or throws (the batch stays queued)
     */
    public WriteBehind(int batch, int farBehind, Consumer<List<T>> writeBatch) {
        if (batch < 1 || farBehind < batch) {
            throw new IllegalArgumentException("A batch holds at least one entry, and far behind is at least a batch");
        }
        this.batch = batch;
        this.farBehind = farBehind;
        this.writeBatch = writeBatch;
    }

    /** Queues the entry; true when the queue is far behind, and the caller should see it written. */
    public boolean add(T entry) {
        queued.add(entry);
        return queuedCount.incrementAndGet() >= farBehind;
    }

    /** How many entries wait to be written. */
    public int waiting() {
        return queuedCount.get();
    }

    /** Whether a whole batch waits: worth writing now rather than at the next turn of the timer. */
    public boolean batchWaiting() {
        return waiting() >= batch;
    }

    /** Writes everything queued, a batch at a time in the order made; one writer at a time. */
    public synchronized void writeAll() {
        while (!queued.isEmpty()) {
            List<T> next = queued.stream().limit(batch).toList();
            writeBatch.accept(next);
            for (int i = 0; i < next.size(); i++) {
                queued.poll();
            }
            queuedCount.addAndGet(-next.size());
        }
    }
}
