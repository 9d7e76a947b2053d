package io.kubesteward.app;

import io.kubesteward.config.CronCheck;
import io.kubesteward.scheduling.CronText;

/** Cron expressions read as the daemon reads them, for every command that loads the configuration. */
final class QuartzCrons implements CronCheck {
    static final QuartzCrons INSTANCE = new QuartzCrons();

    private QuartzCrons() {
    }

    @Override
    public void schedule(String cron) {
        CronText.forSchedule(cron);
    }

    @Override
    public void window(String cron) {
        CronText.forWindow(cron);
    }
}
