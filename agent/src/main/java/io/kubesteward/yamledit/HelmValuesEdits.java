package io.kubesteward.yamledit;

import io.kubesteward.declarations.values.ReleaseValuesGatherer;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.Quantity;
import io.kubesteward.model.SetValue;
import io.kubesteward.model.SourceFile;
import io.kubesteward.model.Span;
import io.kubesteward.model.ValuesBlock;
import io.kubesteward.planning.rightsizing.HelmValueChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A rightsizing proposal's Helm values as text edits in the files that set the releases' values, and their
 * confirmation: the releases' values gathered again from the edited files read each written key's new quantity, and
 * every other value of those releases what it read before.
 */
final class HelmValuesEdits {
    private HelmValuesEdits() {
    }

    /** The text edits by file. */
    static Map<String, List<TextEdit>> plan(List<HelmValueChange> changes, Map<String, SourceFile> byPath) {
        Map<String, Map<ValuesBlock, Map<List<String>, String>>> byFile = new LinkedHashMap<>();
        for (HelmValueChange h : changes) {
            ValuesBlock block = h.key().target().block();
            byFile.computeIfAbsent(block.file(), f -> new LinkedHashMap<>()).computeIfAbsent(block, b -> new LinkedHashMap<>())
                    .put(h.path(), h.newText());
        }
        Map<String, List<TextEdit>> out = new LinkedHashMap<>();
        byFile.forEach((path, blocks) -> {
            SourceFile file = byPath.get(path);
            if (file == null) {
                throw new EditRejected(path + " is not in the repository any more; the values cannot be written");
            }
            YamlFile yaml = YamlReader.read(path, file.content());
            if (!yaml.problems().isEmpty()) {
                throw new EditRejected(path + " does not read as YAML (" + yaml.problems().get(0).message() + "); Steward writes no values into it");
            }
            blocks.forEach((block, values) -> out.computeIfAbsent(path, p -> new ArrayList<>())
                    .addAll(HelmValuesWriter.edits(path, file.content(), yaml, block, values)));
        });
        return out;
    }

    static void confirm(List<HelmValueChange> changes, Map<String, String> before, Map<String, String> after, Map<String, FileEdits> edited) {
        Map<Declaration, List<HelmValueChange>> byRelease = new LinkedHashMap<>();
        changes.forEach(h -> byRelease.computeIfAbsent(h.declaration(), d -> new ArrayList<>()).add(h));
        ReleaseValuesGatherer was = new ReleaseValuesGatherer(before);
        ReleaseValuesGatherer now = new ReleaseValuesGatherer(after);
        byRelease.forEach((d, written) -> {
            Map<List<String>, Object> old = values(was.gather(d).effective());
            Map<List<String>, Object> fresh = values(now.gather(shifted(d, edited.get(d.file()))).effective());
            Set<List<String>> paths = new HashSet<>();
            for (HelmValueChange h : written) {
                paths.add(h.path());
                if (fresh.get(h.path()) == null || !Quantity.sameAmount(h.newText(), String.valueOf(fresh.get(h.path())))) {
                    throw new EditRejected("after the edit, Helm release " + h.release() + " reads " + h.key().dotted() + " as "
                            + (fresh.containsKey(h.path()) ? fresh.get(h.path()) : "nothing") + ", not " + h.newText());
                }
            }
            Set<List<String>> all = new LinkedHashSet<>(old.keySet());
            all.addAll(fresh.keySet());
            for (List<String> path : all) {
                boolean opened = paths.stream().anyMatch(p -> p.size() > path.size() && p.subList(0, path.size()).equals(path))
                        && (old.get(path) == null || old.get(path) instanceof Map<?, ?> m && m.isEmpty()) && !fresh.containsKey(path);
                if (!paths.contains(path) && !opened && !Objects.equals(old.get(path), fresh.get(path))) {
                    throw new EditRejected("the edit would also change " + String.join(".", path) + " of Helm release "
                            + written.get(0).release() + " (" + old.get(path) + " → " + fresh.get(path) + ")");
                }
            }
        });
    }

    /** The declaration where the edits before it moved it. */
    static Declaration shifted(Declaration d, FileEdits file) {
        if (file == null || d.span() == null) {
            return d;
        }
        Span s = d.span();
        int start = file.map(s.start());
        return new Declaration(d.file(), d.kind(), d.name(), d.currentValue(), new Span(start, start + s.end() - s.start(), s.line(), s.column()),
                d.pkg(), d.skip(), d.currentDigest(), d.digestSpan(), d.versioning());
    }

    private static Map<List<String>, Object> values(List<SetValue> effective) {
        Map<List<String>, Object> out = new LinkedHashMap<>();
        effective.forEach(v -> out.put(v.path(), v.value()));
        return out;
    }
}
