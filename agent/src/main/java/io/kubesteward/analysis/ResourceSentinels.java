package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A distinct quantity for every field of every candidate block ({@code 7340001m}, {@code 7340002Ki}): rendered once
 * with all of them set, the quantity a container ends up with names the values path that feeds it. The numbers are
 * far from any real request, and CPU and memory sentinels differ in unit, so a value a chart computes or hard-codes
 * is never taken for one.
 */
public final class ResourceSentinels {
    /** The four fields of a container's {@code resources}, in the order their sentinels are numbered. */
    public static final List<String> FIELDS = List.of("requests.cpu", "requests.memory", "limits.cpu", "limits.memory");
    private static final long BASE = 7_340_000;
    private static final Pattern SENTINEL = Pattern.compile("(\\d+)(m|Ki)");

    private ResourceSentinels() {
    }

    /** Which field of which candidate a sentinel stands for. */
    public record Fed(List<String> block, String field) {
        /** The full values path ({@code master.resources.requests.cpu}). */
        public List<String> path() {
            List<String> out = new ArrayList<>(block);
            out.addAll(List.of(field.split("\\.")));
            return List.copyOf(out);
        }
    }

    /**
     * The release's values with every candidate block replaced by sentinels; a candidate whose place holds something
     * other than a mapping (a preset name, a list) is left as it is.
     */
    public static Map<String, Object> values(List<List<String>> candidates, Map<String, Object> values, List<List<String>> used) {
        Map<String, Object> out = copy(values);
        for (int i = 0; i < candidates.size(); i++) {
            if (set(out, candidates.get(i), block(i))) {
                used.add(candidates.get(i));
            } else {
                used.add(null);
            }
        }
        return out;
    }

    /** The candidate and field a rendered quantity is the sentinel of; empty for any other text. */
    public static Optional<Fed> decode(List<List<String>> used, Object rendered) {
        if (rendered == null) {
            return Optional.empty();
        }
        Matcher m = SENTINEL.matcher(String.valueOf(rendered).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long n;
        try {
            n = Long.parseLong(m.group(1)) - BASE;
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (n < 0 || n / FIELDS.size() >= used.size() || used.get((int) (n / FIELDS.size())) == null) {
            return Optional.empty();
        }
        String field = FIELDS.get((int) (n % FIELDS.size()));
        boolean unitFits = field.endsWith("cpu") == m.group(2).equals("m");
        return unitFits ? Optional.of(new Fed(used.get((int) (n / FIELDS.size())), field)) : Optional.empty();
    }

    private static Map<String, Object> block(int candidate) {
        Map<String, Object> requests = new LinkedHashMap<>();
        Map<String, Object> limits = new LinkedHashMap<>();
        long n = BASE + (long) candidate * FIELDS.size();
        requests.put("cpu", n + "m");
        requests.put("memory", (n + 1) + "Ki");
        limits.put("cpu", (n + 2) + "m");
        limits.put("memory", (n + 3) + "Ki");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("requests", requests);
        out.put("limits", limits);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static boolean set(Map<String, Object> tree, List<String> path, Map<String, Object> block) {
        Map<String, Object> node = tree;
        for (String key : path.subList(0, path.size() - 1)) {
            Object child = node.get(key);
            if (child == null) {
                child = new LinkedHashMap<String, Object>();
                node.put(key, child);
            } else if (!(child instanceof Map<?, ?>)) {
                return false;
            }
            node = (Map<String, Object>) child;
        }
        Object current = node.get(path.get(path.size() - 1));
        if (current != null && !(current instanceof Map<?, ?>)) {
            return false;
        }
        node.put(path.get(path.size() - 1), block);
        return true;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        tree.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? copy((Map<String, Object>) m) : v));
        return out;
    }
}
