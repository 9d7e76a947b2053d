package io.kubesteward.addons;

import io.kubesteward.model.Declaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gathers drift seen through several cluster objects into one entry per declared and running version;
 * the objects stay in the order they were seen (GitOps status first, labels and images last).
 */
final class DriftCollector {
    /** A drifted image can run in hundreds of workloads; the report names this many and counts the rest. */
    static final int MAX_OBJECTS = 10;

    private static final class Entry {
        final String name;
        final String kind;
        final String declared;
        final String running;
        final TreeSet<String> declaredIn = new TreeSet<>();
        final Set<String> runningIn = new LinkedHashSet<>();
        String detail;

        Entry(String name, String kind, String declared, String running) {
            this.name = name;
            this.kind = kind;
            this.declared = declared;
            this.running = running;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    void add(String name, String kind, List<Declaration> drifted, String running, String object, String detail) {
        if (drifted.isEmpty()) {
            return;
        }
        String declared = drifted.get(0).currentValue();
        Entry entry = entries.computeIfAbsent(String.join("\u0000", kind, name, declared, running),
                k -> new Entry(name, kind, declared, running));
        drifted.forEach(d -> entry.declaredIn.add(d.span() == null ? d.file() : d.file() + ":" + d.span().line()));
        entry.runningIn.add(object);
        if (entry.detail == null) {
            entry.detail = detail;
        }
    }

    List<DriftEntry> entries() {
        List<DriftEntry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            out.add(new DriftEntry(e.name, e.kind, e.declared, List.copyOf(e.declaredIn), e.running, capped(e.runningIn), e.detail));
        }
        out.sort(Comparator.comparing(DriftEntry::kind).thenComparing(DriftEntry::name).thenComparing(DriftEntry::running));
        return out;
    }

    private static List<String> capped(Set<String> objects) {
        List<String> shown = new ArrayList<>(objects.stream().limit(MAX_OBJECTS).toList());
        if (objects.size() > MAX_OBJECTS) {
            shown.add("and " + (objects.size() - MAX_OBJECTS) + " more");
        }
        return shown;
    }
}
