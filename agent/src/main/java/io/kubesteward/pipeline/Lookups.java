package io.kubesteward.pipeline;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.ReleaseSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Asks each source about its packages, each package once; a kind with no source is a failure entry. */
final class Lookups {
    private Lookups() {
    }

    static Map<PackageRef, LookupResult> run(List<Declaration> declarations, Map<SourceKind, ReleaseSource> sources) {
        Map<SourceKind, Set<PackageRef>> byKind = new HashMap<>();
        for (Declaration d : declarations) {
            if (!d.skipped()) {
                byKind.computeIfAbsent(d.pkg().kind(), k -> new LinkedHashSet<>()).add(d.pkg());
            }
        }
        Map<PackageRef, LookupResult> results = new HashMap<>();
        byKind.forEach((kind, packages) -> {
            ReleaseSource source = sources.get(kind);
            if (source == null) {
                packages.forEach(p -> results.put(p, LookupResult.failed(p, unsupported(kind))));
                return;
            }
            Map<PackageRef, LookupResult> answered = source.lookup(new ArrayList<>(packages));
            for (PackageRef p : packages) {
                results.put(p, answered.getOrDefault(p, LookupResult.failed(p, "the " + kind + " source gave no answer")));
            }
        });
        return results;
    }

    private static String unsupported(SourceKind kind) {
        return "no source is configured for " + kind.id() + " packages";
    }
}
