package org.engagement.web.privacy;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.accesslog.AccessLog;

/**
 * Writes the views queued for the access log every second, on every server (each writes its own queue; see
 * {@link AccessLog}).
 */
@Singleton
public class WriteQueuedViews {

    private static final Logger LOG = Logger.getLogger(WriteQueuedViews.class.getName());

    @Inject
    private AccessLog accessLog;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void everySecond() {
        try {
            accessLog.writeQueued();
        } catch (RuntimeException e) {
            // The views stay queued and the next second tries again.
            LOG.log(Level.WARNING, "Could not write the access log's queued views; will retry", e);
        }
    }
}
