package io.kubesteward.scheduling;

import java.util.Map;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Hands Quartz a job bound to its schedule's task, instead of smuggling the task through a JobDataMap. */
final class TaskJobFactory implements JobFactory {
    private final Map<String, Schedule> schedules;
    private final JobContext context;

    TaskJobFactory(Map<String, Schedule> schedules, JobContext context) {
        this.schedules = Map.copyOf(schedules);
        this.context = context;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        String name = bundle.getJobDetail().getKey().getName();
        Schedule schedule = schedules.get(name);
        if (schedule == null) {
            throw new SchedulerException("no schedule named '" + name + "'");
        }
        return new ScheduledJob(schedule, context);
    }
}
