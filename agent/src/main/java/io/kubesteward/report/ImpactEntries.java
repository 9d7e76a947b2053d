package io.kubesteward.report;

import io.kubesteward.analysis.Finding;
import io.kubesteward.planning.Proposal;
import io.kubesteward.planning.Update;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A proposal's upgrade findings for the report: one entry per distinct finding, most severe first, naming every declaration it concerns. */
final class ImpactEntries {
    private ImpactEntries() {
    }

    static List<Report.ImpactEntry> of(Proposal p) {
        Map<String, Finding> bySummary = new LinkedHashMap<>();
        Map<String, Set<String>> files = new LinkedHashMap<>();
        for (Update u : p.updates()) {
            List<Finding> findings = new ArrayList<>(u.impact().findings());
            if (u.type() != io.kubesteward.model.UpdateType.DIGEST && u.declaration().pkg() != null) {
                boolean image = io.kubesteward.model.SourceKind.DOCKER_IMAGE.equals(u.declaration().pkg().kind());
                findings.addAll(io.kubesteward.analysis.VersionJumps.of(image ? u.declaration().pkg().toString() : u.declaration().name(),
                        image, u.declaration().currentValue(), u.newValue()));
            }
            for (Finding f : findings) {
                String key = f.severity() + "|" + f.check() + "|" + f.summary() + "|" + f.details();
                bySummary.putIfAbsent(key, f);
                files.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(u.declaration().file());
            }
        }
        List<Report.ImpactEntry> out = new ArrayList<>();
        List<Map.Entry<String, Finding>> ordered = new ArrayList<>(bySummary.entrySet());
        ordered.sort(java.util.Comparator.comparing(e -> e.getValue().severity()));
        for (Map.Entry<String, Finding> e : ordered) {
            Finding f = e.getValue();
            out.add(new Report.ImpactEntry(f.severity().label(), f.check(), f.summary(), f.details(), List.copyOf(files.get(e.getKey()))));
        }
        return out;
    }

    static List<String> analysed(Proposal p) {
        return p.updates().stream().map(u -> u.impact().compared()).filter(java.util.Objects::nonNull).distinct().toList();
    }

    static List<String> notAnalysed(Proposal p) {
        Set<String> out = new LinkedHashSet<>();
        for (Update u : p.updates()) {
            u.impact().notRead().forEach(n -> out.add(p.updates().size() > 1 ? u.declaration().file() + ": " + n : n));
        }
        return List.copyOf(out);
    }
}
