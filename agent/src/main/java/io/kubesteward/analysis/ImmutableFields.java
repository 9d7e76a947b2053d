package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Changes the API server refuses on an existing object ("field is immutable"): Helm's upgrade then fails, Flux
 * retries it forever and Argo CD's sync stays failed, until a person deletes the object. Each finding names the
 * object, the field, and the step that lets the upgrade through.
 */
final class ImmutableFields {
    private record Rule(String kind, List<String> path, String step) {
    }

    private static final String ORPHAN = "delete it without its pods (kubectl delete %s %s%s --cascade=orphan) right before"
            + " the upgrade; the new one adopts nothing and starts new pods";
    private static final List<Rule> RULES = List.of(
            new Rule("Deployment", List.of("spec", "selector"), ORPHAN),
            new Rule("DaemonSet", List.of("spec", "selector"), ORPHAN),
            new Rule("ReplicaSet", List.of("spec", "selector"), ORPHAN),
            new Rule("StatefulSet", List.of("spec", "selector"), ORPHAN),
            new Rule("StatefulSet", List.of("spec", "volumeClaimTemplates"), ORPHAN
                    + " (existing PersistentVolumeClaims keep their old size and class; resize them by hand)"),
            new Rule("StatefulSet", List.of("spec", "serviceName"), ORPHAN),
            new Rule("StatefulSet", List.of("spec", "podManagementPolicy"), ORPHAN),
            new Rule("Job", List.of("spec", "template"), "delete the finished Job (kubectl delete %s %s%s) before the upgrade"),
            new Rule("Job", List.of("spec", "selector"), "delete the finished Job (kubectl delete %s %s%s) before the upgrade"),
            new Rule("PersistentVolumeClaim", List.of("spec", "storageClassName"),
                    "migrate the data to a new claim; deleting this one (kubectl delete %s %s%s) loses its volume"),
            new Rule("PersistentVolumeClaim", List.of("spec", "accessModes"),
                    "migrate the data to a new claim; deleting this one (kubectl delete %s %s%s) loses its volume"),
            new Rule("Service", List.of("spec", "clusterIP"), "delete the Service (kubectl delete %s %s%s) during the upgrade;"
                    + " clients that pinned the old address must follow"));

    private ImmutableFields() {
    }

    static List<Finding> check(RenderedManifest from, RenderedManifest to, String toVersion) {
        List<Finding> out = new ArrayList<>();
        for (RenderedResource r : to.resources().values()) {
            RenderedResource old = from.resources().get(r.key());
            if (old == null) {
                continue;
            }
            for (Rule rule : RULES) {
                if (rule.kind().equals(r.kind())) {
                    check(rule, old, r, toVersion).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static java.util.Optional<Finding> check(Rule rule, RenderedResource old, RenderedResource now, String toVersion) {
        Object before = ValuesTree.at(old.body(), rule.path());
        Object after = ValuesTree.at(now.body(), rule.path());
        if (java.util.Objects.equals(before, after) || "clusterIP".equals(last(rule)) && (before == null || after == null)) {
            return java.util.Optional.empty(); // a clusterIP left to the API server is not a change the chart makes
        }
        List<String> changes = FieldDiff.between(before, after).stream().limit(6).map(FieldDiff.Change::shown)
                .map(s -> String.join(".", rule.path()) + (s.startsWith(":") ? "" : ".") + s).toList();
        if (!(before instanceof Map<?, ?> || before instanceof List<?>)) {
            changes = List.of(String.join(".", rule.path()) + ": " + FieldDiff.text(before) + " → " + FieldDiff.text(after));
        }
        String ns = now.namespace() == null ? "" : " -n " + now.namespace();
        List<String> details = new ArrayList<>(changes);
        details.add("To upgrade: " + String.format(rule.step(), now.kind().toLowerCase(), now.name(), ns) + ".");
        return java.util.Optional.of(new Finding(Severity.BLOCKING, "immutable", toVersion + " changes " + String.join(".", rule.path())
                + " of " + now.shown() + ", which Kubernetes does not allow on an existing object: the upgrade fails until it is"
                + " deleted", details));
    }

    private static String last(Rule rule) {
        return rule.path().get(rule.path().size() - 1);
    }
}
