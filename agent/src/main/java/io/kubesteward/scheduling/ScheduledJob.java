package io.kubesteward.scheduling;

import io.kubesteward.observability.RunSummary;
import io.kubesteward.observability.RunSummaryLog;
import java.time.Duration;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One firing of a schedule. Never overlaps itself; never throws (Quartz would refire or unschedule):
 * a failing task is a failed run summary, and the schedule goes on.
 */
@DisallowConcurrentExecution
final class ScheduledJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJob.class);
    private static final Duration LATE = Duration.ofMinutes(1);

    private final Schedule schedule;
    private final JobContext context;

    ScheduledJob(Schedule schedule, JobContext context) {
        this.schedule = schedule;
        this.context = context;
    }

    @Override
    public void execute(JobExecutionContext firing) {
        String name = schedule.name();
        if (context.stop().stopRequested()) {
            LOG.info("run '{}' not started: Steward is stopping", name);
            return;
        }
        Instant started = context.clock().instant();
        MDC.put("schedule", name);
        context.running().put(Thread.currentThread(), "run '" + name + "'");
        RunSummary summary;
        try {
            logStart(firing, started);
            summary = runTask(started);
        } finally {
            context.running().remove(Thread.currentThread());
        }
        try {
            RunSummaryLog.write(summary);
            context.onFinished().accept(summary);
        } catch (RuntimeException e) {
            LOG.warn("recording the summary of run '{}' failed: {}", name, e.toString());
        } finally {
            MDC.remove("schedule");
        }
    }

    private RunSummary runTask(Instant started) {
        String name = schedule.name();
        try {
            RunSummary summary = schedule.task().run(context.stop());
            return summary != null ? summary
                    : RunSummary.failed(name, started, context.clock().instant(), "the task returned no summary (a bug)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunSummary.failed(name, started, context.clock().instant(), "interrupted: Steward was stopping and the "
                    + "run did not finish its proposal in time; the next run converges");
        } catch (Exception e) {
            LOG.debug("run '{}' failed", name, e);
            return RunSummary.failed(name, started, context.clock().instant(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void logStart(JobExecutionContext firing, Instant started) {
        Instant due = firing.getScheduledFireTime() == null ? started : firing.getScheduledFireTime().toInstant();
        Duration late = Duration.between(due, started);
        if (late.compareTo(LATE) > 0) {
            LOG.atInfo().addKeyValue("dueAt", due).log("run '{}' started {} s late (due at {}; the previous run was still going "
                    + "or the process was paused)", schedule.name(), late.toSeconds(), due);
        } else {
            LOG.info("run '{}' started", schedule.name());
        }
    }
}
