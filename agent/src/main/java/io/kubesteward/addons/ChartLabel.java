package io.kubesteward.addons;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A chart and its version as Helm writes them into the {@code helm.sh/chart} label: {@code cert-manager-v1.14.4}. */
record ChartLabel(String chart, String version) {
    static final String KEY = "helm.sh/chart";
    /** The shortest name before a part that reads as a version (digits and a dot, with an optional v). */
    private static final Pattern NAME_VERSION = Pattern.compile("(.+?)-(v?\\d+\\.\\d+.*)");

    static Optional<ChartLabel> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = NAME_VERSION.matcher(value);
        return m.matches() ? Optional.of(new ChartLabel(m.group(1), m.group(2))) : Optional.empty();
    }
}
