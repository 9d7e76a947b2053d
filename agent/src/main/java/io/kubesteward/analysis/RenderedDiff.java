package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the upgrade changes in the objects Helm applies: added, removed and changed objects of the two renders, each
 * change as field paths, leaving out the labels that only carry the chart's version. An object Helm deletes on
 * upgrade whose loss is not undone by the next sync (its data, its generated credentials, every custom resource of
 * a CRD, a whole namespace) is called out on its own, unless the chart keeps it ({@code helm.sh/resource-policy: keep}).
 */
final class RenderedDiff {
    private static final Pattern VERSION_LABEL = Pattern.compile(
            "(^|\\.)(labels|annotations)\\.(\"helm\\.sh/chart\"|chart|\"app\\.kubernetes\\.io/version\"|version)$");
    private static final int CHANGES_PER_OBJECT = 6;
    private static final Map<String, String> LOST_WITH = Map.of(
            "CustomResourceDefinition", "every custom resource of it is deleted with it",
            "Namespace", "everything in it is deleted with it",
            "PersistentVolumeClaim", "its volume is released and, with the usual Delete reclaim policy, its data deleted",
            "Secret", "what it holds (generated passwords, certificates) is gone; a new one is generated, not the same");
    private static final Set<String> BLOCKING_LOSS = Set.of("CustomResourceDefinition", "Namespace");

    private RenderedDiff() {
    }

    static List<Finding> check(RenderedManifest from, RenderedManifest to, String fromVersion, String toVersion, String kubeVersion) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<Finding> out = new ArrayList<>();
        int labelsOnly = 0;
        for (RenderedResource r : to.resources().values()) {
            RenderedResource old = from.resources().get(r.key());
            if (old == null) {
                added.add("added: " + r.shown() + " (" + r.source() + ")");
                continue;
            }
            List<FieldDiff.Change> changes = FieldDiff.between(old.body(), r.body()).stream()
                    .filter(c -> !VERSION_LABEL.matcher(c.path()).find()).map(c -> secretValue(r, c) ? FieldDiff.hidden(c) : c).toList();
            if (changes.isEmpty()) {
                if (!old.body().equals(r.body())) {
                    labelsOnly++;
                }
                continue;
            }
            changed.add("changed: " + r.shown() + ": " + shown(changes));
        }
        for (RenderedResource r : from.resources().values()) {
            if (!to.resources().containsKey(r.key())) {
                removed.add("removed: " + r.shown() + " (" + r.source() + ")");
                lost(r, toVersion).ifPresent(out::add);
            }
        }
        List<String> details = new ArrayList<>(added);
        details.addAll(removed);
        details.addAll(changed);
        String rendered = "rendered with the repository's values for Kubernetes " + kubeVersion;
        if (details.isEmpty()) {
            out.add(new Finding(Severity.INFORMATION, "rendered", rendered + ": " + (to.resources().isEmpty()
                    ? "neither version renders an object" : fromVersion + " and " + toVersion + " apply the same "
                    + count(to.resources().size(), "object") + (labelsOnly > 0 ? ", but for version labels" : "")), List.of()));
            return out;
        }
        out.add(new Finding(Severity.INFORMATION, "rendered", rendered + ": " + added.size() + " added, " + removed.size()
                + " removed, " + changed.size() + " changed of " + count(to.resources().size(), "object"), details));
        return out;
    }

    private static java.util.Optional<Finding> lost(RenderedResource r, String toVersion) {
        String loss = LOST_WITH.get(r.kind());
        Object policy = ValuesTree.at(r.body(), List.of("metadata", "annotations", "helm.sh/resource-policy"));
        if (loss == null || "keep".equals(policy)) {
            return java.util.Optional.empty();
        }
        Severity severity = BLOCKING_LOSS.contains(r.kind()) ? Severity.BLOCKING : Severity.ATTENTION;
        return java.util.Optional.of(new Finding(severity, "rendered", toVersion + " no longer renders " + r.shown()
                + ": Helm deletes it on upgrade and " + loss,
                List.of("It came from " + r.source() + ". Keep it before upgrading by annotating the live object with "
                        + "helm.sh/resource-policy=keep (kubectl annotate " + r.kind().toLowerCase() + " " + r.name()
                        + (r.namespace() == null ? "" : " -n " + r.namespace()) + " helm.sh/resource-policy=keep),"
                        + " or check the chart's upgrade notes for where it moved.")));
    }

    /** A Secret's {@code data} and {@code stringData} are never shown, even as they were rendered from chart defaults. */
    static boolean secretValue(RenderedResource r, FieldDiff.Change c) {
        return r.kind().equals("Secret") && (c.path().startsWith("data") || c.path().startsWith("stringData"));
    }

    private static String shown(List<FieldDiff.Change> changes) {
        List<String> parts = changes.stream().limit(CHANGES_PER_OBJECT).map(FieldDiff.Change::shown).toList();
        String more = changes.size() > CHANGES_PER_OBJECT ? "; and " + (changes.size() - CHANGES_PER_OBJECT) + " more" : "";
        return String.join("; ", parts) + more;
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
