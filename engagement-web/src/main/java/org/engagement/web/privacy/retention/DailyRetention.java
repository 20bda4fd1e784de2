package org.engagement.web.privacy.retention;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.privacy.retention.RetentionService;
import org.engagement.core.scheduling.OncePerCluster;
import org.engagement.web.platform.Jobs;

/**
 * Applies the retention schedule once a day, from 02:30 UK time (ENGAGEMENT_JOBS_DAILY_RETENTION_AT), on one server of a
 * cluster ({@link OncePerCluster}: every server looks every ten seconds; the first to claim the day's run does it, and
 * another takes it over if that server dies before finishing). The run is one transaction of the retention service,
 * committed before the run is recorded as finished (no transaction is open here, which would commit it after). A day
 * missed while every server was down is made up by the next day's run, since everything past its period and not yet
 * dealt with is dealt with then.
 */
@Singleton
@Startup
public class DailyRetention {

    private static final Logger LOG = Logger.getLogger(DailyRetention.class.getName());
    static final String JOB = "daily-retention";
    private static final LocalTime AT = LocalTime.of(2, 30);

    @Inject
    private Jobs jobs;

    @Inject
    private RetentionService retention;

    @PostConstruct
    void checkTheSettings() {
        jobs.check(JOB, AT);
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void lookForTodaysRun() {
        jobs.runDaily(JOB, AT, this::run);
    }

    private void run() {
        RetentionService.RunReport run = retention.applyDue();
        LOG.log(Level.INFO, "Retention schedule: {0} records dealt with", run.recordsAffected());
    }
}
