package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields that differ between two versions of one object, as paths a reviewer can find
 * ({@code spec.template.spec.containers[name=app].image}): lists whose items all have a {@code name} are paired by
 * name (containers, env, ports, volumes), lists of plain values as the items that went and came (verbs, args), other
 * lists by position. Only leaves are listed: an added or removed subtree is one change.
 */
final class FieldDiff {
    private static final int SHOWN = 80;

    /** One changed field; {@code before} or {@code after} is null where the field is absent. */
    record Change(String path, Object before, Object after) {
        String shown() {
            return path + ": " + text(before) + " → " + text(after);
        }
    }

    private FieldDiff() {
    }

    /** The change with its values hidden, for what must never be shown (a Secret's data): only that it changed. */
    static Change hidden(Change c) {
        return new Change(c.path(), c.before() == null ? null : "(a value)", c.after() == null ? null
                : c.before() == null ? "(a value)" : "(another value)");
    }

    static List<Change> between(Object before, Object after) {
        List<Change> out = new ArrayList<>();
        diff("", before, after, out);
        return out;
    }

    private static void diff(String path, Object before, Object after, List<Change> out) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a) {
            Set<Object> keys = new LinkedHashSet<>(b.keySet());
            keys.addAll(a.keySet());
            for (Object key : keys) {
                diff(join(path, String.valueOf(key)), b.get(key), a.get(key), out);
            }
        } else if (before instanceof List<?> b && after instanceof List<?> a) {
            Map<String, Object> byB = named(b);
            Map<String, Object> byA = named(a);
            if (scalars(b) && scalars(a) && !b.isEmpty() && !a.isEmpty()) {
                List<Object> gone = b.stream().filter(x -> !a.contains(x)).map(x -> (Object) x).toList();
                List<Object> come = a.stream().filter(x -> !b.contains(x)).map(x -> (Object) x).toList();
                out.add(new Change(path, gone.isEmpty() && come.isEmpty() ? "(same items)" : gone.isEmpty() ? null : gone,
                        gone.isEmpty() && come.isEmpty() ? "(another order)" : come.isEmpty() ? null : come));
            } else if (byB != null && byA != null) {
                Set<String> names = new LinkedHashSet<>(byB.keySet());
                names.addAll(byA.keySet());
                names.forEach(n -> diff(path + "[name=" + n + "]", byB.get(n), byA.get(n), out));
            } else {
                for (int i = 0; i < Math.max(b.size(), a.size()); i++) {
                    diff(path + "[" + i + "]", i < b.size() ? b.get(i) : null, i < a.size() ? a.get(i) : null, out);
                }
            }
        } else {
            out.add(new Change(path, before, after));
        }
    }

    private static boolean scalars(List<?> list) {
        return list.stream().noneMatch(x -> x instanceof Map<?, ?> || x instanceof List<?>);
    }

    private static Map<String, Object> named(List<?> list) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> m) || !(m.get("name") instanceof String name) || out.put(name, item) != null) {
                return null;
            }
        }
        return out;
    }

    private static String join(String path, String key) {
        String part = key.matches("[A-Za-z0-9_-]+") ? key : "\"" + key + "\"";
        return path.isEmpty() ? part : path + "." + part;
    }

    static String text(Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof List<?> l && scalars(l) && !l.isEmpty()) {
            String items = String.join(", ", l.stream().map(String::valueOf).toList());
            return "[" + (items.length() <= SHOWN ? items : items.substring(0, SHOWN - 1) + "…") + "]";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return "(" + (value instanceof Map<?, ?> m ? m.size() + (m.size() == 1 ? " key" : " keys")
                    : ((List<?>) value).size() + (((List<?>) value).size() == 1 ? " item" : " items")) + ")";
        }
        String s = String.valueOf(value).replace("\n", "\\n");
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN - 1) + "…";
    }
}
