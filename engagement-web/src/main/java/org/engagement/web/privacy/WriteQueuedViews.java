package org.engagement.web.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.accesslog.AccessLog;

/**
 * Writes the views queued for the access log every {@value AccessLog#WRITE_EVERY_MILLIS} ms, on every server (each
 * writes its own queue; see {@link AccessLog}). Small and often rather than once a second: a second's views of a busy
 * renewal-check client (2,000) took a core for a few hundred milliseconds at once, which the requests of that moment
 * waited behind.
 */
@Singleton
@Startup
public class WriteQueuedViews {

    private static final Logger LOG = Logger.getLogger(WriteQueuedViews.class.getName());

    @Inject
    private AccessLog accessLog;

    @Resource
    private TimerService timers;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(
                AccessLog.WRITE_EVERY_MILLIS, AccessLog.WRITE_EVERY_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    void writeQueued() {
        try {
            accessLog.writeQueued();
        } catch (RuntimeException e) {
            // The views stay queued and the next run tries again.
            LOG.log(Level.WARNING, "Could not write the access log's queued views; will retry", e);
        }
    }
}
