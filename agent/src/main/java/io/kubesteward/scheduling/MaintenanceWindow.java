package io.kubesteward.scheduling;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * When Steward may open or update pull requests: the seconds a cron expression matches, read in a
 * time zone. "Weekdays 9–17 in Tokyo" is {@code * * 9-16 ? * MON-FRI} (or Unix {@code * 9-16 * * 1-5})
 * with {@code Asia/Tokyo}: hour 16 is the last open hour. The seconds field must be {@code *}: a
 * window is whole minutes. {@code cron} is kept as written; {@link #quartzCron()} is what is evaluated.
 */
public record MaintenanceWindow(String name, String cron, ZoneId timeZone) {
    /** How far {@link #nextClose} looks; a window open longer than this is reported as not closing. */
    static final Duration CLOSE_HORIZON = Duration.ofDays(35);

    public MaintenanceWindow {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a maintenance window needs a name");
        }
        if (timeZone == null) {
            throw new IllegalArgumentException("maintenance window '" + name + "' needs a time zone, e.g. Europe/Berlin or UTC");
        }
        String quartz = CronText.forWindow(cron);
        if (!quartz.split(" ")[0].equals("*")) {
            throw new InvalidCron("maintenance window '" + name + "': cron '" + cron + "' opens only at some seconds of a minute; "
                    + "a window is whole minutes, so its seconds field must be '*' (e.g. '* * 9-16 ? * MON-FRI')");
        }
    }

    /** The Quartz expression evaluated (6–7 fields). */
    public String quartzCron() {
        return CronText.forWindow(cron);
    }

    public boolean isOpen(Instant at) {
        return expression().isSatisfiedBy(Date.from(at));
    }

    /** {@code at} itself when open, else the next instant the window opens; empty if it never does again. */
    public Optional<Instant> nextOpen(Instant at) {
        if (isOpen(at)) {
            return Optional.of(at);
        }
        return Optional.ofNullable(expression().getNextValidTimeAfter(Date.from(at))).map(Date::toInstant);
    }

    /**
     * When the opening that contains {@code at} (or, if closed, the next one) ends; empty when it
     * never opens again or stays open beyond {@link #CLOSE_HORIZON}.
     */
    public Optional<Instant> nextClose(Instant at) {
        Optional<Instant> opens = nextOpen(at);
        if (opens.isEmpty()) {
            return Optional.empty();
        }
        CronExpression cron = expression();
        // a window is whole minutes: step by minute, not by second as Quartz's getNextInvalidTimeAfter does
        Instant minute = opens.get().truncatedTo(ChronoUnit.MINUTES);
        Instant limit = minute.plus(CLOSE_HORIZON);
        while (minute.isBefore(limit)) {
            minute = minute.plus(1, ChronoUnit.MINUTES);
            if (!cron.isSatisfiedBy(Date.from(minute))) {
                return Optional.of(minute);
            }
        }
        return Optional.empty();
    }

    private CronExpression expression() {
        try {
            CronExpression expression = new CronExpression(quartzCron());
            expression.setTimeZone(TimeZone.getTimeZone(timeZone));
            return expression;
        } catch (ParseException e) {
            throw new IllegalStateException("validated in the constructor", e);
        }
    }

    @Override
    public String toString() {
        return "'" + name + "' (" + cron + ", " + timeZone.getId() + ")";
    }
}
