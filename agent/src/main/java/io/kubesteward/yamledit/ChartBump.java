package io.kubesteward.yamledit;

/**
 * Whether and how far a chart's own {@code version:} moves when a proposal changes the chart (its
 * dependencies or a file inside its folder): once per proposal, patch by default.
 */
public record ChartBump(boolean enabled, Level level) {

    /** Which part of the chart's MAJOR.MINOR.PATCH version goes up; the parts after it reset to 0. */
    public enum Level {
        PATCH, MINOR, MAJOR
    }

    public ChartBump {
        if (level == null) {
            throw new IllegalArgumentException("a chart bump level is required (patch, minor or major)");
        }
    }

    public static ChartBump patch() {
        return new ChartBump(true, Level.PATCH);
    }

    public static ChartBump off() {
        return new ChartBump(false, Level.PATCH);
    }
}
