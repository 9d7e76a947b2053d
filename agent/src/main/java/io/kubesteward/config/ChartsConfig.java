package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** How Steward treats charts it edits: the chart's own version bump when its dependencies or values change. */
public record ChartsConfig(BumpLevel bumpVersion) {
    public static final ChartsConfig DEFAULTS = new ChartsConfig(BumpLevel.PATCH);

    @JsonCreator
    public ChartsConfig(@JsonProperty("bumpVersion") BumpLevel bumpVersion) {
        this.bumpVersion = bumpVersion;
    }

    public ChartsConfig over(ChartsConfig base) {
        return new ChartsConfig(GitConfig.pick(bumpVersion, base.bumpVersion));
    }

    /** Which part of a chart's own version moves; {@code OFF} leaves it alone. */
    public enum BumpLevel { OFF, PATCH, MINOR, MAJOR }
}
