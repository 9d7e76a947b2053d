package io.kubesteward.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.observability.RunSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;

class DaemonTest {
    private static final String EVERY_SECOND = "* * * * * ?";
    private static final ZoneId UTC = ZoneId.of("UTC");
    private final List<RunSummary> summaries = new CopyOnWriteArrayList<>();

    @Test
    void twoSchedulesBothRun() throws Exception {
        CountDownLatch upgrades = new CountDownLatch(1);
        CountDownLatch rightsizing = new CountDownLatch(1);
        try (Daemon daemon = Daemon.start(List.of(
                new Schedule("upgrades", EVERY_SECOND, UTC, stop -> done("upgrades", upgrades)),
                new Schedule("rightsizing", "*/1 * * * * ?", ZoneId.of("Asia/Tokyo"), stop -> done("rightsizing", rightsizing))),
                DaemonSettings.defaults(), summaries::add, java.time.Clock.systemUTC())) {
            assertEquals(List.of("upgrades", "rightsizing"), List.copyOf(daemon.nextRuns().keySet()));
            assertTrue(upgrades.await(5, TimeUnit.SECONDS), "upgrades ran");
            assertTrue(rightsizing.await(5, TimeUnit.SECONDS), "rightsizing ran");
            StopOutcome outcome = daemon.stop("test over");
            assertTrue(outcome.clean(), outcome.describe());
            assertTrue(daemon.nextRuns().isEmpty(), "nothing runs after a stop");
        }
        assertTrue(summaries.stream().anyMatch(s -> s.name().equals("upgrades") && s.outcome() == RunSummary.Outcome.SUCCEEDED));
        assertTrue(summaries.stream().anyMatch(s -> s.name().equals("rightsizing")));
    }

    @Test
    void aScheduleNeverOverlapsItselfEvenWithThreadsToSpare() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch twoRuns = new CountDownLatch(2);
        ScheduledTask slow = stop -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(1_300); // longer than the schedule's period: the next firing comes while this one runs
            running.decrementAndGet();
            twoRuns.countDown();
            return summary("slow", RunSummary.Outcome.SUCCEEDED);
        };
        try (Daemon daemon = Daemon.start(List.of(new Schedule("slow", EVERY_SECOND, UTC, slow)),
                DaemonSettings.defaults().withThreads(3), summaries::add, java.time.Clock.systemUTC())) {
            assertTrue(twoRuns.await(8, TimeUnit.SECONDS));
            assertTrue(daemon.stop("test over").clean());
        }
        assertEquals(1, mostAtOnce.get());
    }

    @CatalogueEntry(65)
    @Test
    void aStopLetsTheRunningJobFinishItsCurrentProposalAndStartsNothingMore() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        AtomicInteger firings = new AtomicInteger();
        ScheduledTask proposals = stop -> {
            firings.incrementAndGet();
            for (int i = 1; i <= 5; i++) {
                if (stop.stopRequested()) {
                    events.add("stopped before " + i + ": " + stop.reason());
                    return summary("upgrades", RunSummary.Outcome.STOPPED);
                }
                events.add("proposal " + i + " started");
                firstStarted.countDown();
                Thread.sleep(400);
                events.add("proposal " + i + " done");
            }
            return summary("upgrades", RunSummary.Outcome.SUCCEEDED);
        };
        Daemon daemon = Daemon.start(List.of(new Schedule("upgrades", EVERY_SECOND, UTC, proposals)),
                DaemonSettings.defaults().withStopTimeout(Duration.ofSeconds(5)), summaries::add, java.time.Clock.systemUTC());
        assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
        // what the SIGTERM handler does, then what the main thread does
        new TerminationSignals(daemon).received(new sun.misc.Signal("TERM"));
        assertTrue(daemon.stopToken().stopRequested());
        StopOutcome outcome = daemon.runUntilStopped();

        assertTrue(outcome.clean(), outcome.describe());
        assertEquals("SIGTERM", outcome.reason());
        assertTrue(outcome.took().compareTo(Duration.ofSeconds(2)) < 0, "stopped after one proposal, not five: " + outcome.took());
        assertEquals(List.of("proposal 1 started", "proposal 1 done", "stopped before 2: SIGTERM"), events);
        assertEquals(List.of(RunSummary.Outcome.STOPPED), summaries.stream().map(RunSummary::outcome).toList());
        int fired = firings.get();
        Thread.sleep(1_200);
        assertEquals(fired, firings.get(), "no firing after the stop");
        assertEquals(outcome, daemon.stop("again"), "stopping twice is one stop");
    }

    @CatalogueEntry(65)
    @Test
    void aRunIgnoringTheTokenIsInterruptedWhenTheStopTimesOut() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        ScheduledTask stubborn = stop -> {
            started.countDown();
            Thread.sleep(30_000);
            return summary("stubborn", RunSummary.Outcome.SUCCEEDED);
        };
        Daemon daemon = Daemon.start(List.of(new Schedule("stubborn", EVERY_SECOND, UTC, stubborn)),
                DaemonSettings.defaults().withStopTimeout(Duration.ofMillis(300)), summaries::add, java.time.Clock.systemUTC());
        assertTrue(started.await(5, TimeUnit.SECONDS));
        StopOutcome outcome = daemon.stop("test");
        assertFalse(outcome.clean());
        assertEquals(List.of("run 'stubborn'"), outcome.stillRunning());
        assertTrue(outcome.took().compareTo(Duration.ofSeconds(3)) < 0, "bounded: " + outcome.took());
        assertEquals(RunSummary.Outcome.FAILED, summaries.get(0).outcome());
        assertTrue(summaries.get(0).failure().startsWith("interrupted"), summaries.get(0).failure());
    }

    @Test
    void aFailingRunIsAFailedSummaryAndTheScheduleGoesOn() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch twice = new CountDownLatch(2);
        ScheduledTask flaky = stop -> {
            try {
                if (calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("config has a typo");
                }
                return summary("flaky", RunSummary.Outcome.SUCCEEDED);
            } finally {
                twice.countDown();
            }
        };
        try (Daemon daemon = Daemon.start(List.of(new Schedule("flaky", EVERY_SECOND, UTC, flaky)), DaemonSettings.defaults(),
                summaries::add, java.time.Clock.systemUTC())) {
            assertTrue(twice.await(5, TimeUnit.SECONDS));
            assertTrue(daemon.stop("test over").clean(), "the summary is recorded before the job ends");
        }
        assertEquals(RunSummary.Outcome.FAILED, summaries.get(0).outcome());
        assertEquals("config has a typo", summaries.get(0).failure());
        assertEquals(RunSummary.Outcome.SUCCEEDED, summaries.get(1).outcome());
    }

    @CatalogueEntry(66)
    @Test
    void missedFiringsRunOnceNowOrAreSkipped() {
        Instant from = Instant.parse("2026-11-22T00:00:00Z");
        ScheduledTask task = stop -> summary("x", RunSummary.Outcome.SUCCEEDED);
        assertEquals(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW,
                Daemon.trigger(new Schedule("daily", "0 3 * * *", UTC, task), from).getMisfireInstruction());
        assertEquals(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING,
                Daemon.trigger(new Schedule("daily", "0 3 * * *", UTC, Misfire.SKIP, task), from).getMisfireInstruction());
        CronTrigger tokyo = Daemon.trigger(new Schedule("daily", "0 3 * * *", ZoneId.of("Asia/Tokyo"), task), from);
        assertEquals("0 0 3 * * ?", tokyo.getCronExpression());
        assertEquals("Asia/Tokyo", tokyo.getTimeZone().getID());
        assertEquals(Instant.parse("2026-11-22T18:00:00Z"), tokyo.getFireTimeAfter(java.util.Date.from(
                Instant.parse("2026-11-22T12:00:00Z"))).toInstant());
    }

    @Test
    void schedulesNeedUniqueNamesAndThereMustBeOne() {
        ScheduledTask task = stop -> summary("x", RunSummary.Outcome.SUCCEEDED);
        SchedulingFailure twice = assertThrows(SchedulingFailure.class, () -> Daemon.start(List.of(
                new Schedule("a", "@daily", UTC, task), new Schedule("a", "@weekly", UTC, task)), DaemonSettings.defaults(), null, java.time.Clock.systemUTC()));
        assertTrue(twice.getMessage().contains("two schedules are named 'a'"));
        assertThrows(SchedulingFailure.class, () -> Daemon.start(List.of(), DaemonSettings.defaults(), null, java.time.Clock.systemUTC()));
        SchedulingFailure past = assertThrows(SchedulingFailure.class, () -> Daemon.start(List.of(
                new Schedule("old", "0 0 3 ? * * 2020", UTC, task)), DaemonSettings.defaults(), null, java.time.Clock.systemUTC()));
        assertEquals("schedule 'old' (0 0 3 ? * * 2020) never fires again; check its year field", past.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Schedule("has space", "@daily", UTC, task));
        assertThrows(InvalidCron.class, () -> new Schedule("a", "0 3 * *", UTC, task));
    }

    private RunSummary done(String name, CountDownLatch latch) {
        latch.countDown();
        return summary(name, RunSummary.Outcome.SUCCEEDED);
    }

    private static RunSummary summary(String name, RunSummary.Outcome outcome) {
        Instant now = Instant.now();
        return new RunSummary(name, outcome, now, now, Map.of("up-to-date", 1), 0, Map.of(), 0, null);
    }
}
