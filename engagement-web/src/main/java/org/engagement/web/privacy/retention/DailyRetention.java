package org.engagement.web.privacy.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.privacy.retention.RetentionService;

/**
 * Applies the retention schedule once a day, at night UK time. Not persistent: a run missed while the server was down
 * is made up by the next one, since everything past its period and not yet dealt with is dealt with then.
 */
@Singleton
@Startup
public class DailyRetention {

    private static final Logger LOG = Logger.getLogger(DailyRetention.class.getName());

    @Inject
    private RetentionService retention;

    @Schedule(hour = "2", minute = "30", timezone = "Europe/London", persistent = false)
    void run() {
        RetentionService.RunReport run = retention.applyDue();
        LOG.log(Level.INFO, "Retention schedule: {0} records dealt with", run.recordsAffected());
    }
}
