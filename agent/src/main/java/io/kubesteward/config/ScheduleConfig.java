package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One job of {@code steward daemon}: what it runs and when. {@code cron} is 5-field Unix cron, a
 * macro such as {@code @daily}, or Quartz's 6–7 fields; it is checked when the daemon starts.
 */
public record ScheduleConfig(String name, Command command, String cron, String timeZone, Misfire misfire) {
    @JsonCreator
    public ScheduleConfig(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty("command") Command command,
            @JsonProperty(value = "cron", required = true) String cron,
            @JsonProperty("timeZone") String timeZone,
            @JsonProperty("misfire") Misfire misfire) {
        if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("'name' must be lower-case letters, digits and '-', got '" + name + "'");
        }
        this.name = name;
        this.command = command == null ? Command.RUN : command;
        this.cron = cron;
        this.timeZone = TimeZones.require(timeZone);
        this.misfire = misfire == null ? Misfire.FIRE_ONCE_NOW : misfire;
    }

    /** What a scheduled job does. */
    public enum Command { PLAN, RUN }

    /** After downtime: run once for all missed firings, or wait for the next. */
    public enum Misfire { FIRE_ONCE_NOW, SKIP }
}
