package io.kubesteward.scheduling;

import io.kubesteward.observability.RunSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code steward daemon}: runs each {@link Schedule} on its cron in an in-memory Quartz scheduler.
 * A schedule never overlaps itself. On a stop request (SIGTERM through {@link TerminationSignals})
 * nothing new starts, running tasks see their {@link CancellationToken} set and end after their
 * current proposal, and the stop waits for them at most {@link DaemonSettings#stopTimeout()}.
 */
public final class Daemon implements GracefulStop, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(2);

    private final Scheduler scheduler;
    private final DaemonSettings settings;
    private final JobContext context;
    private final Map<String, Schedule> schedules;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Clock clock;
    private boolean stopping;
    private volatile StopOutcome outcome;

    private Daemon(Scheduler scheduler, DaemonSettings settings, JobContext context, Map<String, Schedule> schedules, Clock clock) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.context = context;
        this.schedules = schedules;
        this.clock = clock;
    }

    /**
     * Starts the scheduler with every schedule; {@code onFinished} receives each run's summary (for
     * metrics) after it is logged. {@code clock} must be the system's: Quartz fires on the real time.
     *
     * @throws SchedulingFailure when Quartz cannot start (a bug or a broken classpath) or two schedules share a name
     */
    public static Daemon start(List<Schedule> schedules, DaemonSettings settings, Consumer<RunSummary> onFinished,
            Clock clock) throws SchedulingFailure {
        Map<String, Schedule> byName = new LinkedHashMap<>();
        for (Schedule s : schedules) {
            if (byName.put(s.name(), s) != null) {
                throw new SchedulingFailure("two schedules are named '" + s.name() + "'; give each its own name");
            }
        }
        if (byName.isEmpty()) {
            throw new SchedulingFailure("steward daemon has no schedules; add at least one under 'schedules:' in the config");
        }
        JobContext context = new JobContext(new StopSignal(), onFinished == null ? s -> { } : onFinished, clock);
        Scheduler scheduler = null;
        try {
            scheduler = new StdSchedulerFactory(properties(settings)).getScheduler();
            scheduler.setJobFactory(new TaskJobFactory(byName, context));
            for (Schedule s : byName.values()) {
                JobDetail job = JobBuilder.newJob(ScheduledJob.class).withIdentity(s.name()).build();
                CronTrigger trigger = trigger(s, clock.instant());
                if (trigger.getFireTimeAfter(java.util.Date.from(clock.instant())) == null) {
                    shutDownQuietly(scheduler);
                    throw new SchedulingFailure("schedule '" + s.name() + "' (" + s.cron() + ") never fires again; check its year field");
                }
                scheduler.scheduleJob(job, trigger);
            }
            scheduler.start();
            Daemon daemon = new Daemon(scheduler, settings, context, byName, clock);
            daemon.nextRuns().forEach((name, at) -> LOG.atInfo().addKeyValue("schedule", name).addKeyValue("next", at)
                    .log("schedule '{}' ({}, {}) runs next at {}", name, byName.get(name).cron(), byName.get(name).timeZone(), at));
            return daemon;
        } catch (SchedulerException e) {
            shutDownQuietly(scheduler);
            throw new SchedulingFailure("the scheduler did not start: " + e.getMessage());
        }
    }

    private static void shutDownQuietly(Scheduler scheduler) {
        if (scheduler != null) {
            try {
                scheduler.shutdown(false);
            } catch (SchedulerException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }

    /** The schedule's trigger, firing from {@code from} on. */
    static CronTrigger trigger(Schedule s, Instant from) {
        CronScheduleBuilder cron = CronScheduleBuilder.cronSchedule(s.quartzCron()).inTimeZone(TimeZone.getTimeZone(s.timeZone()));
        cron = switch (s.misfire()) {
            case FIRE_ONCE_NOW -> cron.withMisfireHandlingInstructionFireAndProceed();
            case SKIP -> cron.withMisfireHandlingInstructionDoNothing();
        };
        return TriggerBuilder.newTrigger().withIdentity(s.name()).startAt(java.util.Date.from(from)).withSchedule(cron).build();
    }

    private static Properties properties(DaemonSettings settings) {
        Properties p = new Properties();
        // the scheduler repository is JVM-wide: each daemon (and each test) needs its own name
        p.setProperty("org.quartz.scheduler.instanceName", "steward-" + INSTANCES.incrementAndGet());
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        p.setProperty("org.quartz.jobStore.misfireThreshold", String.valueOf(settings.misfireThreshold().toMillis()));
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.threads()));
        // after a stop timed out, a stuck run must not keep the JVM alive
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        return p;
    }

    /** When each schedule fires next (absent once stopped). */
    public Map<String, Instant> nextRuns() {
        Map<String, Instant> next = new LinkedHashMap<>();
        for (String name : schedules.keySet()) {
            try {
                Trigger t = scheduler.getTrigger(new org.quartz.TriggerKey(name));
                if (t != null && t.getNextFireTime() != null) {
                    next.put(name, t.getNextFireTime().toInstant());
                }
            } catch (SchedulerException e) {
                // stopped meanwhile: nothing runs next
            }
        }
        return next;
    }

    /** The token every task of this daemon checks. */
    public CancellationToken stopToken() {
        return context.stop();
    }

    @Override
    public void requestStop(String reason) {
        if (context.stop().request(reason)) {
            LOG.info("stop requested ({}): no new runs; a running one ends after its current proposal", reason);
        }
    }

    /** Blocks until a stop is requested, then stops gracefully; for the main thread of {@code steward daemon}. */
    public StopOutcome runUntilStopped() throws InterruptedException {
        context.stop().awaitForever();
        return stop(context.stop().reason());
    }

    @Override
    public StopOutcome stop(String reason) {
        synchronized (this) {
            if (stopping) {
                return awaitOutcome();
            }
            stopping = true;
        }
        requestStop(reason);
        Instant began = clock.instant();
        try {
            scheduler.standby();
        } catch (SchedulerException e) {
            LOG.debug("standby failed; shutting down anyway", e);
        }
        Thread shutdown = new Thread(this::shutdownWaitingForJobs, "steward-stop");
        shutdown.setDaemon(true);
        shutdown.start();
        List<String> stuck = List.of();
        try {
            shutdown.join(settings.stopTimeout().toMillis());
            if (shutdown.isAlive()) {
                stuck = new ArrayList<>(context.running().values());
                context.running().keySet().forEach(Thread::interrupt);
                shutdown.join(AFTER_INTERRUPT.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stuck = new ArrayList<>(context.running().values());
        }
        outcome = new StopOutcome(stuck.isEmpty(), context.stop().reason(), Duration.between(began, clock.instant()), stuck);
        if (outcome.clean()) {
            LOG.info("steward daemon {}", outcome.describe());
        } else {
            LOG.warn("steward daemon {}; raise the stop timeout (now {} s) if runs need longer to finish a proposal",
                    outcome.describe(), settings.stopTimeout().toSeconds());
        }
        stopped.countDown();
        return outcome;
    }

    private void shutdownWaitingForJobs() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warn("the scheduler did not shut down cleanly: {}", e.getMessage());
        }
    }

    private StopOutcome awaitOutcome() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StopOutcome done = outcome;
        return done != null ? done : new StopOutcome(false, context.stop().reason(), Duration.ZERO, List.of("a run"));
    }

    @Override
    public void close() {
        stop("closed");
    }
}
