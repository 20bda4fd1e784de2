package org.engagement.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.engagement.core.scheduling.OncePerCluster;

/**
 * What the scheduled jobs share: each job's time of day ({@code engagement.jobs.<job>.at}, e.g.
 * ENGAGEMENT_JOBS_DAILY_REMINDERS_AT=06:15, UK time) and the lease of a claim on a run ({@code engagement.jobs.lease},
 * ENGAGEMENT_JOBS_LEASE, an ISO-8601 duration such as PT30M), and that no job looks for its run before this server has
 * migrated the schema (on a fresh database a job would otherwise find no {@code job_run} table).
 */
@ApplicationScoped
public class Jobs {

    /**
     * How long a claim on a day's run lasts without being renewed. The holder renews it while the run goes on, so this
     * is how long after its server died a run is taken over.
     */
    static final Duration DEFAULT_LEASE = Duration.ofMinutes(30);

    private static final String LEASE_LIKE = "a duration above zero such as PT30M";

    @Inject
    private Config config;

    @Inject
    private DatabaseMigration migration;

    @Inject
    private OncePerCluster cluster;

    /** Does today's run of the job here if it is due and not done or held elsewhere (see {@link OncePerCluster}). */
    public void runDaily(String job, LocalTime defaultAt, Runnable work) {
        if (migration.isMigrated()) {
            cluster.runDaily(job, at(job, defaultAt), lease(), work);
        }
    }

    /** The job's time of day: its setting, or the default. Refuses a setting that is not a time, naming it. */
    public LocalTime at(String job, LocalTime defaultAt) {
        String name = "engagement.jobs." + job + ".at";
        return config.getOptionalValue(name, String.class)
                .map(at -> parse(name, at, LocalTime::parse, "a time of day such as 06:15"))
                .orElse(defaultAt);
    }

    /** The lease: its setting, or 30 minutes. Refuses a setting that is not a duration above zero, naming it. */
    public Duration lease() {
        String name = "engagement.jobs.lease";
        Duration lease = config.getOptionalValue(name, String.class)
                .map(value -> parse(name, value, Duration::parse, LEASE_LIKE))
                .orElse(DEFAULT_LEASE);
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalStateException("The setting " + name + " is " + lease + ": set it to " + LEASE_LIKE + ".");
        }
        return lease;
    }

    /** Checks the job's settings, so that a mistake in them stops the start rather than every run. */
    public void check(String job, LocalTime defaultAt) {
        at(job, defaultAt);
        lease();
    }

    private static <T> T parse(String name, String value, Function<String, T> parser, String like) {
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException notLikeThat) {
            throw new IllegalStateException(
                    "The setting " + name + " is '" + value + "': set it to " + like + ".", notLikeThat);
        }
    }
}
