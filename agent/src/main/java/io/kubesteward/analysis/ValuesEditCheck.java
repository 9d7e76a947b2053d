package io.kubesteward.analysis;

import io.kubesteward.model.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an edit of a release's values does exactly what it should: rendered before and after, every container
 * named gets exactly its proposed quantities and nothing else of the output changes, except pod annotations named
 * {@code checksum/…} (charts hash their values into them to roll pods; they are reported, not refused) and what the
 * chart renders differently every time (generated passwords and certificates: {@code randAlphaNum}, {@code genCA}),
 * found by rendering the same values twice. A Secret's values are never shown, only that they changed.
 */
public final class ValuesEditCheck {
    private static final Pattern RESOURCE_FIELD = Pattern.compile(
            "^(?:spec\\.template\\.spec|spec\\.jobTemplate\\.spec\\.template\\.spec|spec)\\.(?:initContainers|containers)"
                    + "\\[name=([^\\]]+)\\]\\.resources\\.((?:requests|limits)\\.(?:cpu|memory))$");
    private static final int SHOWN = 5;

    private ValuesEditCheck() {
    }

    /** {@code problems} empty: the edit is confirmed; {@code notes}: what else changed that is harmless. */
    public record Outcome(List<String> problems, List<String> notes) {
        public Outcome {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public boolean confirmed() {
            return problems.isEmpty();
        }
    }

    /** What a workload's containers should read after the edit: {@code Deployment/apps/web} → container → field → quantity. */
    public static String key(String kind, String namespace, String name) {
        return kind + "/" + (namespace == null ? "" : namespace) + "/" + name;
    }

    /**
     * What differs between two renders of the same values: {@code <object> <path>} of each field, {@code <object> *}
     * for an object only one of them has. These are the chart's random output, which no edit can be judged by.
     */
    public static Set<String> unstable(String first, String second, String namespace) {
        Map<String, RenderedResource> one = RenderedManifest.parse(first, namespace, List.of()).resources();
        Map<String, RenderedResource> two = RenderedManifest.parse(second, namespace, List.of()).resources();
        Set<String> out = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>(one.keySet());
        keys.addAll(two.keySet());
        for (String key : keys) {
            if (one.get(key) == null || two.get(key) == null) {
                RenderedResource only = one.get(key) != null ? one.get(key) : two.get(key);
                out.add(key + " *");
                // named at random: a third render names it anew, so objects of its kind there come and go
                out.add(randomlyNamed(only));
            } else {
                FieldDiff.between(one.get(key).body(), two.get(key).body()).forEach(c -> out.add(key + " " + c.path()));
            }
        }
        return out;
    }

    public static Outcome check(String before, String after, String namespace, Map<String, Map<String, Map<String, String>>> expected) {
        return check(before, after, namespace, expected, Set.of());
    }

    /** @param unstable what the chart renders differently every time ({@link #unstable}): not held against the edit */
    public static Outcome check(String before, String after, String namespace, Map<String, Map<String, Map<String, String>>> expected,
                                Set<String> unstable) {
        Map<String, RenderedResource> was = RenderedManifest.parse(before, namespace, List.of()).resources();
        Map<String, RenderedResource> now = RenderedManifest.parse(after, namespace, List.of()).resources();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(was.keySet());
        keys.addAll(now.keySet());
        Set<String> met = new LinkedHashSet<>();
        for (String key : keys) {
            RenderedResource b = was.get(key);
            RenderedResource a = now.get(key);
            if (unstable.contains(key + " *")) {
                continue;
            }
            if ((b == null || a == null) && unstable.contains(randomlyNamed(b != null ? b : a))) {
                continue;
            }
            if (b == null || a == null) {
                problems.add((a == null ? b.shown() + " is no longer rendered" : a.shown() + " is rendered in addition"));
                continue;
            }
            for (FieldDiff.Change change : leaves(FieldDiff.between(b.body(), a.body()))) {
                Matcher m = RESOURCE_FIELD.matcher(change.path());
                String want = m.matches() ? expected.getOrDefault(key, Map.of()).getOrDefault(m.group(1), Map.of()).get(m.group(2)) : null;
                if (want != null && change.after() != null && Quantity.sameAmount(want, String.valueOf(change.after()))) {
                    met.add(key + " " + m.group(1) + " " + m.group(2));
                } else if (change.path().contains("annotations.\"checksum/")) {
                    notes.add(a.shown() + ": " + change.path() + " changes with the values (the chart hashes them to roll its pods)");
                } else if (!random(unstable, key, change.path())) {
                    problems.add(a.shown() + ": " + (RenderedDiff.secretValue(a, change) ? FieldDiff.hidden(change) : change).shown());
                }
            }
        }
        expected.forEach((key, containers) -> containers.forEach((container, fields) -> fields.forEach((field, value) -> {
            if (!met.contains(key + " " + container + " " + field)) {
                problems.add("container " + container + " of " + key.replaceFirst("/", " ").replaceFirst("/$", "") + " does not get "
                        + field + " " + value + " from the edited values");
            }
        })));
        return new Outcome(problems.size() > SHOWN ? shorten(problems) : problems, notes);
    }

    private static String randomlyNamed(RenderedResource r) {
        return "# " + r.kind() + " " + r.namespace();
    }

    private static boolean random(Set<String> unstable, String key, String path) {
        for (String u : unstable) {
            if (u.startsWith(key + " ")) {
                String p = u.substring(key.length() + 1);
                if (path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A subtree that appeared or went, as its leaves: a limits block the edit adds is its fields. */
    private static List<FieldDiff.Change> leaves(List<FieldDiff.Change> changes) {
        List<FieldDiff.Change> out = new ArrayList<>();
        for (FieldDiff.Change c : changes) {
            if (c.before() instanceof Map<?, ?> || c.after() instanceof Map<?, ?>) {
                Map<String, Object> b = c.before() instanceof Map<?, ?> m ? ChartFiles.stringKeys(m) : Map.of();
                Map<String, Object> a = c.after() instanceof Map<?, ?> m ? ChartFiles.stringKeys(m) : Map.of();
                Set<String> keys = new LinkedHashSet<>(b.keySet());
                keys.addAll(a.keySet());
                List<FieldDiff.Change> inner = new ArrayList<>();
                for (String k : keys) {
                    inner.add(new FieldDiff.Change(c.path() + "." + k, b.get(k), a.get(k)));
                }
                out.addAll(leaves(inner));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static List<String> shorten(List<String> problems) {
        List<String> out = new ArrayList<>(problems.subList(0, SHOWN));
        out.add("and " + (problems.size() - SHOWN) + " more changes");
        return out;
    }
}
