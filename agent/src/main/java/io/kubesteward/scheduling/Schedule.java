package io.kubesteward.scheduling;

import java.time.ZoneId;

/**
 * One job of {@code steward daemon}: a name (a word: letters, digits, '.', '_', '-'), when it runs
 * (see {@link CronText}), the time zone its cron is read in (null means UTC), what a missed firing
 * does (null means {@link Misfire#FIRE_ONCE_NOW}), and the task.
 */
public record Schedule(String name, String cron, ZoneId timeZone, Misfire misfire, ScheduledTask task) {
    public Schedule {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw new IllegalArgumentException("schedule name '" + name + "' must be a word of letters, digits, '.', '_' or '-' "
                    + "(it names the job in logs and metrics)");
        }
        CronText.forSchedule(cron);
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        misfire = misfire == null ? Misfire.FIRE_ONCE_NOW : misfire;
        if (task == null) {
            throw new IllegalArgumentException("schedule '" + name + "' has nothing to run");
        }
    }

    public Schedule(String name, String cron, ZoneId timeZone, ScheduledTask task) {
        this(name, cron, timeZone, null, task);
    }

    /** The Quartz expression the daemon runs. */
    public String quartzCron() {
        return CronText.forSchedule(cron);
    }

    @Override
    public String toString() {
        return "Schedule[" + name + ", " + cron + ", " + timeZone.getId() + ", misfire " + misfire + "]";
    }
}
