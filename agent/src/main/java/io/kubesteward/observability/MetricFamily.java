package io.kubesteward.observability;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One Prometheus metric: its name, help text, type and samples (label sets and values). */
public record MetricFamily(String name, String help, Type type, List<Sample> samples) {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    /** The two kinds Steward exposes. */
    public enum Type {
        COUNTER, GAUGE
    }

    public MetricFamily {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a Prometheus metric name");
        }
        if (type == Type.COUNTER && !name.endsWith("_total")) {
            throw new IllegalArgumentException("counter " + name + " must end in _total");
        }
        samples = List.copyOf(samples);
    }

    /** One value with its labels, in the order given. */
    public record Sample(Map<String, String> labels, double value) {
        public Sample {
            Map<String, String> copy = new LinkedHashMap<>();
            labels.forEach((k, v) -> {
                if (!LABEL.matcher(k).matches() || k.startsWith("__")) {
                    throw new IllegalArgumentException("'" + k + "' is not a Prometheus label name");
                }
                copy.put(k, v == null ? "" : v);
            });
            labels = Collections.unmodifiableMap(copy);
        }
    }
}
