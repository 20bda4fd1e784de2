package org.engagement.core.scheduling;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.shared.Dates;

/**
 * Runs a daily job on one server of the cluster: the first server to look after the job's time of day (UK time)
 * claims that day's run ({@link JobRuns}) and does it; the others find it claimed or done. Servers look every minute,
 * so when the holder dies mid-run, another takes the run over within a minute of its lease running out. Only a server
 * that was already running when the run fell due starts it (as a timer at that time would): one started later takes
 * over an abandoned run but never starts a day's run of its own, so a restart in the afternoon does not send the
 * morning's reminders; a day on which no server was up at the time is made up by the next day's run. While the work
 * goes on, the holder renews its claim every third of the lease, so a long run keeps its claim and a dead server's
 * claim runs out one lease after its last renewal. A run that finished is never started again that day; a run whose
 * server died is done again from the start by the next, so a job must be safe to repeat after an interrupted run (it
 * must commit its work in steps that a repeat skips, or in one transaction).
 */
@ApplicationScoped
public class OncePerCluster {

    /** This server among the cluster's, as written in the job_run table: host, process id, and a random part. */
    static final String SERVER = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private static final Logger LOG = Logger.getLogger(OncePerCluster.class.getName());
    private static final Duration SHORTEST_RENEWAL = Duration.ofSeconds(1);

    @Inject
    private JobRuns runs;

    /** Renews the claims of the runs going on here, beside them (the container's threads, which may use its resources). */
    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ScheduledExecutorService renewals;

    private String server = SERVER;

    /** When this server's process started. */
    private Instant started =
            Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    protected OncePerCluster() {}

    /** Outside a container (tests), as the named server started at the given time. */
    public OncePerCluster(JobRuns runs, String server, Instant started) {
        this.runs = runs;
        this.server = server;
        this.started = started;
        this.renewals = Executors.newSingleThreadScheduledExecutor(renewing -> {
            Thread thread = new Thread(renewing, "job-claim-renewal");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Does today's run of the job here if it is due (the time of day has come), not yet done, and not held by a live
     * server; the claim lasts for the lease and is renewed while the work goes on. Returns whether it ran here.
     */
    public boolean runDaily(String job, LocalTime at, Duration lease, Runnable work) {
        ZonedDateTime now = Dates.now().atZone(Dates.UK);
        if (now.toLocalTime().isBefore(at)) {
            return false;
        }
        LocalDate day = now.toLocalDate();
        boolean upWhenDue = !started.isAfter(day.atTime(at).atZone(Dates.UK).toInstant());
        boolean claimed = upWhenDue
                ? runs.claim(job, day, server, now.toInstant(), lease)
                : runs.takeOverAbandoned(job, day, server, now.toInstant(), lease);
        if (!claimed) {
            return false;
        }
        AtomicBoolean running = new AtomicBoolean(true);
        ScheduledFuture<?> renewing = renewWhileRunning(job, day, lease, running);
        try {
            work.run();
        } finally {
            running.set(false);
            renewing.cancel(false);
        }
        runs.finished(job, day, server, Dates.now());
        return true;
    }

    private ScheduledFuture<?> renewWhileRunning(String job, LocalDate day, Duration lease, AtomicBoolean running) {
        long every = Math.max(lease.dividedBy(3).toMillis(), SHORTEST_RENEWAL.toMillis());
        return renewals.scheduleWithFixedDelay(
                () -> renew(job, day, lease, running), every, every, TimeUnit.MILLISECONDS);
    }

    /** Never throws: an exception would end the renewals, and the claim would run out under a live run. */
    private void renew(String job, LocalDate day, Duration lease, AtomicBoolean running) {
        try {
            // A renewal that lost the race with the run's end finds the run finished: nothing to say then.
            if (!runs.renew(job, day, server, Dates.now(), lease) && running.get()) {
                LOG.log(
                        Level.WARNING,
                        "The run of {0} on {1} was taken over by another server while still running"
                                + " here: this server was not heard from for longer than the lease ({2})",
                        new Object[] {job, day, lease});
            }
        } catch (RuntimeException notRenewed) {
            LOG.log(Level.WARNING, "Could not renew the claim on the run of " + job + "; trying again", notRenewed);
        }
    }
}
