package io.kubesteward.config;

/**
 * How cron expressions are read, given by the composition root (only the scheduler reads them): each method throws
 * {@link IllegalArgumentException} saying why an expression cannot be used, so that {@code validate} refuses what the
 * daemon would.
 */
public interface CronCheck {
    CronCheck NONE = new CronCheck() {
        @Override
        public void schedule(String cron) {
        }

        @Override
        public void window(String cron) {
        }
    };

    void schedule(String cron);

    void window(String cron);
}
