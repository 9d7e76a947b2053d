package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When pull requests may be opened or updated: a Quartz cron expression whose matching seconds are
 * inside the window ({@code "* * 9-16 ? * MON-FRI"} with {@code Asia/Tokyo}: weekdays 9–17).
 * Outside every window a proposal is planned and reported, but not delivered.
 */
public record WindowConfig(String name, String cron, String timeZone) {
    @JsonCreator
    public WindowConfig(@JsonProperty(value = "name", required = true) String name,
                        @JsonProperty(value = "cron", required = true) String cron,
                        @JsonProperty("timeZone") String timeZone) {
        this.name = name;
        this.cron = cron;
        this.timeZone = TimeZones.require(timeZone);
    }
}
