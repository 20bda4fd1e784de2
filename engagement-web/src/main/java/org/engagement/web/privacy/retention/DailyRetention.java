package org.engagement.web.privacy.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.privacy.retention.RetentionService;
import org.engagement.core.scheduling.OncePerCluster;
import org.engagement.web.platform.Jobs;

/**
 * Applies the retention schedule once a day, from 02:30 UK time, on one server of a cluster ({@link OncePerCluster}:
 * every server looks each minute; the first to claim the day's run does it, and another takes it over if that server
 * dies before finishing). A day missed while every server was down is made up by the next day's run, since everything
 * past its period and not yet dealt with is dealt with then.
 */
@Singleton
@Startup
public class DailyRetention {

    private static final Logger LOG = Logger.getLogger(DailyRetention.class.getName());
    static final String JOB = "daily-retention";
    private static final LocalTime AT = LocalTime.of(2, 30);

    @Inject
    private OncePerCluster cluster;

    @Inject
    private RetentionService retention;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void lookForTodaysRun() {
        cluster.runDaily(JOB, AT, Jobs.LEASE, this::run);
    }

    private void run() {
        RetentionService.RunReport run = retention.applyDue();
        LOG.log(Level.INFO, "Retention schedule: {0} records dealt with", run.recordsAffected());
    }
}
