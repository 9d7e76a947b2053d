package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.ValuesTarget;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Helm-rendered workload traced to its values: the release ({@code apps/podinfo}) and the repository's declaration
 * of it, the chart it was rendered from ({@code podinfo 6.4.0}), what the repository's values render for each
 * container and field now ({@code current}), the values key proven to feed each field with where Steward would write
 * it ({@code keys}), and why a field has none ({@code unproven}); or, {@code failure}, why nothing was traced.
 */
public record HelmTrace(String release, Declaration declaration, String chart, Map<String, Map<String, String>> current,
                        Map<String, Map<String, Key>> keys, Map<String, Map<String, String>> unproven, String failure) {
    public HelmTrace {
        current = current == null ? Map.of() : Map.copyOf(current);
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        unproven = unproven == null ? Map.of() : Map.copyOf(unproven);
    }

    /** A values path proven to feed a field ({@code resources.requests.cpu}, below the release's values) and where it is written. */
    public record Key(List<String> path, ValuesTarget target) {
        public Key {
            path = List.copyOf(path);
        }

        public String dotted() {
            return String.join(".", path);
        }
    }

    public static HelmTrace failed(String release, Declaration declaration, String chart, String why) {
        return new HelmTrace(release, declaration, chart, null, null, null, why);
    }

    public boolean traced() {
        return failure == null;
    }

    public Optional<Key> key(String container, String field) {
        return Optional.ofNullable(keys.getOrDefault(container, Map.of()).get(field));
    }

    public Optional<String> currentText(String container, String field) {
        return Optional.ofNullable(current.getOrDefault(container, Map.of()).get(field));
    }

    /** Why {@code field} of {@code container} cannot be written, in words. */
    public String whyNot(String container, String field) {
        String why = unproven.getOrDefault(container, Map.of()).get(field);
        return why != null ? why : "no values key of " + chart + " proved to feed " + field + " of container " + container;
    }
}
