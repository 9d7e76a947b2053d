package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Upgrade analysis of chart proposals ({@code charts.analysis}): whether Steward fetches the old and the new chart
 * archive and checks the upgrade ({@code enabled}, default true), and what a pull request with a blocking finding
 * becomes ({@code blocking}): {@code draft} (default: opened as a draft), {@code hold} (not opened; the plan and the
 * report say why) or {@code open} (opened like any other). Null fields mean "not set here".
 */
public record AnalysisConfig(Boolean enabled, BlockingAction blocking) {
    public static final AnalysisConfig DEFAULTS = new AnalysisConfig(true, BlockingAction.DRAFT);

    @JsonCreator
    public AnalysisConfig(@JsonProperty("enabled") Boolean enabled, @JsonProperty("blocking") BlockingAction blocking) {
        this.enabled = enabled;
        this.blocking = blocking;
    }

    public AnalysisConfig over(AnalysisConfig base) {
        return new AnalysisConfig(GitConfig.pick(enabled, base.enabled), GitConfig.pick(blocking, base.blocking));
    }

    public boolean on() {
        return !Boolean.FALSE.equals(enabled);
    }

    /** What a pull request with a blocking finding becomes. */
    public enum BlockingAction { DRAFT, HOLD, OPEN }
}
