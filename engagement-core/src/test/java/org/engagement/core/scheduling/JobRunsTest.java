package org.engagement.core.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.engagement.core.shared.Dates;
import org.engagement.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two servers of a cluster sharing one database: each day's run of a job is done by one of them, once. */
class JobRunsTest {

    private static final String JOB = "daily-reminders";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final TestDatabase db = new TestDatabase();
    private final JobRuns runs = new JobRuns(db.dataSource());
    private final Instant morning = Instant.parse("2026-12-07T06:15:00Z");

    @AfterEach
    void close() {
        Dates.useClock(null);
        db.close();
    }

    @Test
    void whileOneServerHoldsTheRunNoOtherCanClaimItAndOnceFinishedNobodyCan() {
        assertThat(runs.claim(JOB, DAY, "server-a", morning, LEASE)).isTrue();
        assertThat(runs.claim(JOB, DAY, "server-b", morning.plusSeconds(60), LEASE))
                .isFalse();

        assertThat(runs.finished(JOB, DAY, "server-a", morning.plusSeconds(90))).isTrue();

        assertThat(runs.claim(JOB, DAY, "server-b", morning.plus(LEASE).plusSeconds(60), LEASE))
                .as("a finished run, long after its lease")
                .isFalse();
        assertThat(runs.claim(JOB, DAY, "server-a", morning.plus(LEASE).plusSeconds(60), LEASE))
                .isFalse();
        assertThat(runs.claims(JOB, DAY)).isEqualTo(1);
    }

    @Test
    void aRunWhoseServerDiedIsTakenOverOnceItsLeaseHasRunOut() {
        assertThat(runs.claim(JOB, DAY, "server-a", morning, LEASE)).isTrue();
        // server-a dies here, without finishing.
        assertThat(runs.claim(JOB, DAY, "server-b", morning.plus(LEASE).minusSeconds(1), LEASE))
                .isFalse();
        assertThat(runs.claim(JOB, DAY, "server-b", morning.plus(LEASE).plusSeconds(1), LEASE))
                .isTrue();
        assertThat(runs.claims(JOB, DAY)).isEqualTo(2);

        assertThat(runs.finished(JOB, DAY, "server-a", morning.plus(LEASE).plusSeconds(2)))
                .as("the dead server's late word no longer counts")
                .isFalse();
        assertThat(runs.finished(JOB, DAY, "server-b", morning.plus(LEASE).plusSeconds(30)))
                .isTrue();
        assertThat(runs.claim(JOB, DAY, "server-c", morning.plus(LEASE.multipliedBy(3)), LEASE))
                .isFalse();
    }

    @Test
    void aLiveHolderRenewingItsClaimKeepsTheRunPastTheLeaseAndADeadOnesClaimRunsOutAfterItsLastRenewal() {
        assertThat(runs.claim(JOB, DAY, "server-a", morning, LEASE)).isTrue();
        Instant renewed = morning.plus(LEASE).minusSeconds(1);
        assertThat(runs.renew(JOB, DAY, "server-a", renewed, LEASE)).isTrue();

        assertThat(runs.claim(JOB, DAY, "server-b", morning.plus(LEASE).plusSeconds(60), LEASE))
                .as("past the first lease, but renewed")
                .isFalse();
        assertThat(runs.renew(JOB, DAY, "server-b", morning.plus(LEASE).plusSeconds(60), LEASE))
                .as("only the holder renews")
                .isFalse();
        // server-a dies here: its claim runs out one lease after its last renewal.
        assertThat(runs.claim(JOB, DAY, "server-b", renewed.plus(LEASE).plusSeconds(1), LEASE))
                .isTrue();
        assertThat(runs.renew(JOB, DAY, "server-a", renewed.plus(LEASE).plusSeconds(2), LEASE))
                .as("the dead server's late renewal")
                .isFalse();
        assertThat(runs.finished(JOB, DAY, "server-b", renewed.plus(LEASE).plusSeconds(30)))
                .isTrue();
        assertThat(runs.renew(JOB, DAY, "server-b", renewed.plus(LEASE).plusSeconds(31), LEASE))
                .as("a finished run")
                .isFalse();
    }

    @Test
    void eachDayAndEachJobIsARunOfItsOwn() {
        assertThat(runs.claim(JOB, DAY, "server-a", morning, LEASE)).isTrue();
        assertThat(runs.claim(JOB, DAY.plusDays(1), "server-b", morning, LEASE)).isTrue();
        assertThat(runs.claim("daily-retention", DAY, "server-b", morning, LEASE))
                .isTrue();
        assertThat(runs.claims(JOB, DAY.plusDays(2))).isZero();
    }

    @Test
    void twoServersLookingEveryMinuteDoTheDaysRunOnceAndNotBeforeItsTime() {
        AtomicInteger done = new AtomicInteger();
        ZonedDateTime sixInTheMorning = ZonedDateTime.of(DAY, LocalTime.of(6, 0), Dates.UK);
        OncePerCluster a = new OncePerCluster(
                runs, "server-a", sixInTheMorning.minusDays(1).toInstant());
        OncePerCluster b = new OncePerCluster(runs, "server-b", sixInTheMorning.toInstant());

        for (int minute = 0; minute < 30; minute++) {
            Dates.useClock(Clock.fixed(sixInTheMorning.plusMinutes(minute).toInstant(), Dates.UK));
            a.runDaily(JOB, LocalTime.of(6, 15), LEASE, done::incrementAndGet);
            b.runDaily(JOB, LocalTime.of(6, 15), LEASE, done::incrementAndGet);
            assertThat(done.get()).as("runs by 06:%02d", minute).isEqualTo(minute < 15 ? 0 : 1);
        }
        assertThat(runs.claims(JOB, DAY)).isEqualTo(1);
    }

    @Test
    void aServerStartedAfterTheRunFellDueNeverStartsItButTakesOverAnAbandonedOne() {
        AtomicInteger done = new AtomicInteger();
        ZonedDateTime noon = ZonedDateTime.of(DAY, LocalTime.NOON, Dates.UK);
        Dates.useClock(Clock.fixed(noon.toInstant(), Dates.UK));
        OncePerCluster late =
                new OncePerCluster(runs, "server-late", noon.minusMinutes(5).toInstant());

        assertThat(late.runDaily(JOB, LocalTime.of(6, 15), LEASE, done::incrementAndGet))
                .as("nobody was up at 06:15: the day is made up tomorrow")
                .isFalse();

        Instant quarterPastSix =
                ZonedDateTime.of(DAY, LocalTime.of(6, 15), Dates.UK).toInstant();
        assertThat(runs.claim("daily-retention", DAY, "server-dead", quarterPastSix, LEASE))
                .isTrue();
        assertThat(late.runDaily("daily-retention", LocalTime.of(6, 15), LEASE, done::incrementAndGet))
                .as("the run of a server that died")
                .isTrue();
        assertThat(done.get()).isEqualTo(1);
        assertThat(runs.claims("daily-retention", DAY)).isEqualTo(2);
    }
}
