package io.kubesteward.analysis;

import io.kubesteward.model.CrdHandling;
import io.kubesteward.model.CrdHandling.Mode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CRDs in the charts' {@code crds/} folders, old against new: added, removed, changed; versions that stop being
 * served (blocking when the repository still has objects of them) and storage versions that move; and, for whatever
 * changed, who applies it for this declaration, with the command to run when nobody does.
 */
final class CrdChanges {
    private CrdChanges() {
    }

    static List<Finding> check(ChartFiles from, ChartFiles to, ImpactInput in) {
        Map<String, CrdDefinition> before = definitions(from, EffectiveValues.of(from.values(), in.values().effective()));
        Map<String, CrdDefinition> after = definitions(to, EffectiveValues.of(to.values(), in.values().effective()));
        List<Finding> out = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (CrdDefinition crd : after.values()) {
            CrdDefinition old = before.get(crd.name());
            if (old == null) {
                added.add("`" + crd.name() + "` (" + crd.file() + ")");
            } else if (!Objects.equals(old.content(), crd.content())) {
                changed.add("`" + crd.name() + "` (" + crd.file() + ")");
                versions(old, crd, in, in.crdHandling().mode() == Mode.UPGRADED).ifPresent(out::add);
            }
        }
        List<String> removed = before.keySet().stream().filter(n -> !after.containsKey(n)).map(n -> "`" + n + "`").toList();
        if (!added.isEmpty() || !changed.isEmpty()) {
            out.add(applied(added, changed, in));
        }
        if (!removed.isEmpty() && in.crdHandling().mode() == Mode.UPGRADED) {
            out.add(new Finding(Severity.ATTENTION, "crds", in.toVersion() + " no longer ships " + String.join(", ", removed)
                    + ": where the tool prunes what leaves the chart (Argo CD with prune, a pruning Kustomization), the CRD and every"
                    + " object of it are deleted", List.of(in.crdHandling().how())));
        } else if (!removed.isEmpty()) {
            out.add(new Finding(Severity.INFORMATION, "crds", in.toVersion() + " no longer ships " + String.join(", ", removed)
                    + "; Helm never deletes CRDs, so they and their objects stay in the cluster", List.of()));
        }
        List<String> templated = templatedChanges(from, to);
        if (!templated.isEmpty()) {
            out.add(new Finding(Severity.INFORMATION, "crds", "CRDs rendered from templates change (" + String.join(", ", templated)
                    + "); they are applied with the release like any template", List.of()));
        }
        return out;
    }

    private static Finding applied(List<String> added, List<String> changed, ImpactInput in) {
        CrdHandling handling = in.crdHandling();
        List<String> details = new ArrayList<>();
        if (!added.isEmpty()) {
            details.add("added: " + String.join(", ", added));
        }
        if (!changed.isEmpty()) {
            details.add("changed: " + String.join(", ", changed));
        }
        details.add(handling.how());
        String what = (added.isEmpty() ? "" : added.size() + " new") + (added.isEmpty() || changed.isEmpty() ? "" : " and ")
                + (changed.isEmpty() ? "" : changed.size() + " changed") + " CRD" + (added.size() + changed.size() == 1 ? "" : "s")
                + " in crds/";
        if (handling.mode() == Mode.UPGRADED || handling.mode() == Mode.NEW_ONES && changed.isEmpty()) {
            return new Finding(Severity.INFORMATION, "crds", in.toVersion() + " has " + what + "; " + handling.how(), details);
        }
        details.add("apply them before merging: `" + in.showCrdsCommand() + " | kubectl apply --server-side --force-conflicts -f -`");
        return new Finding(Severity.ATTENTION, "crds", in.toVersion() + " has " + what + " that nobody applies: " + handling.how(),
                details);
    }

    /**
     * CRDs the charts render from {@code templates/}: Helm applies them with the release, so a version they stop serving
     * breaks the repository's objects of it at the merge.
     */
    static List<Finding> rendered(RenderedManifest from, RenderedManifest to, ImpactInput in) {
        List<Finding> out = new ArrayList<>();
        for (RenderedResource r : to.resources().values()) {
            RenderedResource old = from.resources().get(r.key());
            if (old != null && r.kind().equals("CustomResourceDefinition")) {
                var before = CrdDefinition.of(new ChartFiles.Document(old.source(), old.body()));
                var after = CrdDefinition.of(new ChartFiles.Document(r.source(), r.body()));
                if (before.isPresent() && after.isPresent()) {
                    versions(before.get(), after.get(), in, true).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static java.util.Optional<Finding> versions(CrdDefinition old, CrdDefinition crd, ImpactInput in, boolean appliedWithMerge) {
        List<String> dropped = old.served().stream().filter(v -> !crd.served().contains(v)).toList();
        List<String> details = new ArrayList<>();
        Severity severity = null;
        for (String version : dropped) {
            String apiVersion = crd.group() + "/" + version;
            List<String> objects = in.objects().find(apiVersion, crd.kind());
            if (objects.isEmpty()) {
                details.add(apiVersion + " " + crd.kind() + " is no longer served; the repository has no objects of it — check the"
                        + " cluster's: `kubectl get " + crd.plural() + "." + crd.group() + " -A` and the CRD's status.storedVersions");
                severity = severity == null ? Severity.ATTENTION : severity;
            } else {
                details.add(apiVersion + " " + crd.kind() + " is no longer served, and the repository has objects of it: "
                        + String.join(", ", objects.stream().limit(10).toList()) + (objects.size() > 10 ? " and more" : "")
                        + " — move them to " + crd.storage() + " first");
                // only a tool that applies the new CRD with the merge makes the merge break those objects
                severity = appliedWithMerge ? Severity.BLOCKING : Severity.ATTENTION;
            }
        }
        if (old.storage() != null && crd.storage() != null && !old.storage().equals(crd.storage())) {
            details.add("the storage version moves from " + old.storage() + " to " + crd.storage() + ": stored objects stay at "
                    + old.storage() + " until rewritten, and " + old.storage() + " must stay in status.storedVersions until then");
            severity = severity == null ? Severity.ATTENTION : severity;
        }
        if (severity == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Finding(severity, "crds", "`" + crd.name() + "` " + (dropped.isEmpty()
                ? "changes its storage version" : "stops serving " + String.join(", ", dropped)), details));
    }

    private static Map<String, CrdDefinition> definitions(ChartFiles chart, Map<String, Object> values) {
        Map<String, CrdDefinition> out = new LinkedHashMap<>();
        for (ChartFiles.Document doc : chart.crdDocuments(values)) {
            CrdDefinition.of(doc).ifPresent(d -> out.put(d.name(), d));
        }
        return out;
    }

    private static List<String> templatedChanges(ChartFiles from, ChartFiles to) {
        List<String> before = from.templatedCrdFiles();
        List<String> out = new ArrayList<>();
        for (String file : to.templatedCrdFiles()) {
            if (!before.contains(file) || !from.text(file).equals(to.text(file))) {
                out.add(file);
            }
        }
        before.stream().filter(f -> !to.templatedCrdFiles().contains(f)).forEach(f -> out.add(f + " (removed)"));
        return out.size() > 8 ? List.of(out.size() + " files") : out;
    }
}
