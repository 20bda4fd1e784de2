package org.engagement.web.platform;

import java.time.Duration;

/** What the scheduled jobs share. */
public final class Jobs {

    /**
     * How long a server's claim on a day's run lasts: far longer than a run takes (seconds to a few minutes), so no run
     * is taken over while it is still going; a run whose server died is taken over this long after it began.
     */
    public static final Duration LEASE = Duration.ofMinutes(30);

    private Jobs() {}
}
