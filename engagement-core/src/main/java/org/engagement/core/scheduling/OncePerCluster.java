package org.engagement.core.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.engagement.core.shared.Dates;

/**
 * Runs a daily job on one server of the cluster: the first server to look after the job's time of day (UK time)
 * claims that day's run ({@link JobRuns}) and does it; the others find it claimed or done. Servers look every minute,
 * so when the holder dies mid-run, another takes the run over within a minute of its lease running out. Only a server
 * that was already running when the run fell due starts it (as a timer at that time would): one started later takes
 * over an abandoned run but never starts a day's run of its own, so a restart in the afternoon does not send the
 * morning's reminders; a day on which no server was up at the time is made up by the next day's run. A run that
 * finished is never started again that day; a run whose server died is done again from the start by the next, so a
 * job must be safe to repeat after an interrupted run (each of ours is one transaction over what is still due).
 */
@ApplicationScoped
public class OncePerCluster {

    /** This server among the cluster's, as written in the job_run table: host, process id, and a random part. */
    static final String SERVER = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    private JobRuns runs;

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
    }

    /**
     * Does today's run of the job here if it is due (the time of day has come), not yet done, and not held by a live
     * server; the claim lasts for the lease, which must outlast the run. Returns whether it ran here.
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
        work.run();
        runs.finished(job, day, server, Dates.now());
        return true;
    }
}
