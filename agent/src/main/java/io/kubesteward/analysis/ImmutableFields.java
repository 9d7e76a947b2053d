package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Changes the API server refuses on an existing object ("field is immutable"): Helm's upgrade then fails, Flux
 * retries it forever and Argo CD's sync stays failed, until a person deletes the object. Each finding names the
 * object, the field, and the step that lets the upgrade through. A field one render leaves out is compared with the
 * value the API server gives it when that is fixed; when it depends on the cluster (a default storage class, a
 * generated selector) the change is attention, not blocking.
 */
final class ImmutableFields {
    /** @param absent the value the API server sets when the manifest leaves the field out, null when it depends on the cluster */
    private record Rule(String kind, List<String> path, String step, Object absent, boolean removalKept) {
        Rule(String kind, List<String> path, String step) {
            this(kind, path, step, null, false);
        }
    }

    private static final String ORPHAN = "delete it without its pods (kubectl delete %s %s%s --cascade=orphan) right before"
            + " the upgrade; the new one adopts nothing and starts new pods";
    private static final String CLAIM = "migrate the data to a new claim; deleting this one (kubectl delete %s %s%s) loses its volume";
    private static final String RECREATE = "delete it (kubectl delete %s %s%s) right before the upgrade; Helm creates it again";
    private static final List<Rule> RULES = List.of(
            new Rule("Deployment", List.of("spec", "selector"), ORPHAN),
            new Rule("DaemonSet", List.of("spec", "selector"), ORPHAN),
            new Rule("ReplicaSet", List.of("spec", "selector"), ORPHAN),
            new Rule("StatefulSet", List.of("spec", "selector"), ORPHAN),
            new Rule("StatefulSet", List.of("spec", "volumeClaimTemplates"), ORPHAN
                    + " (existing PersistentVolumeClaims keep their old size and class; resize them by hand)", List.of(), false),
            new Rule("StatefulSet", List.of("spec", "serviceName"), ORPHAN, "", false),
            new Rule("StatefulSet", List.of("spec", "podManagementPolicy"), ORPHAN, "OrderedReady", false),
            new Rule("Job", List.of("spec", "template"), "delete the finished Job (kubectl delete %s %s%s) before the upgrade"),
            new Rule("Job", List.of("spec", "selector"), "delete the finished Job (kubectl delete %s %s%s) before the upgrade"),
            new Rule("PersistentVolumeClaim", List.of("spec", "storageClassName"), CLAIM),
            new Rule("PersistentVolumeClaim", List.of("spec", "accessModes"), CLAIM),
            // an address left out keeps the allocated one; "None" or a fixed address is a change
            new Rule("Service", List.of("spec", "clusterIP"), "delete the Service (kubectl delete %s %s%s) during the upgrade;"
                    + " clients that pinned the old address must follow", "", true),
            new Rule("RoleBinding", List.of("roleRef"), RECREATE),
            new Rule("ClusterRoleBinding", List.of("roleRef"), RECREATE));

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
            immutableData(old, r, toVersion).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Finding> check(Rule rule, RenderedResource old, RenderedResource now, String toVersion) {
        Object before = ValuesTree.at(old.body(), rule.path());
        Object after = ValuesTree.at(now.body(), rule.path());
        if (after == null && rule.removalKept() || Objects.equals(orDefault(before, rule), orDefault(after, rule))) {
            return Optional.empty();
        }
        boolean clusterDecides = (before == null || after == null) && rule.absent() == null;
        List<String> changes = FieldDiff.between(before, after).stream().limit(6).map(FieldDiff.Change::shown)
                .map(s -> String.join(".", rule.path()) + (s.startsWith(":") ? "" : ".") + s).toList();
        if (!(before instanceof Map<?, ?> || before instanceof List<?>)) {
            changes = List.of(String.join(".", rule.path()) + ": " + FieldDiff.text(before) + " → " + FieldDiff.text(after));
        }
        List<String> details = new ArrayList<>(changes);
        if (clusterDecides) {
            details.add("One version leaves the field to the API server, which fills it in per cluster: compare with the live"
                    + " object (kubectl get " + now.kind().toLowerCase() + " " + now.name() + namespaceFlag(now) + " -o yaml).");
        }
        details.add("To upgrade: " + String.format(rule.step(), now.kind().toLowerCase(), now.name(), namespaceFlag(now)) + ".");
        String field = String.join(".", rule.path());
        return Optional.of(clusterDecides
                ? new Finding(Severity.ATTENTION, "immutable", toVersion + " changes how " + field + " of " + now.shown()
                + " is set; if the API server had filled it in differently, Kubernetes refuses the change on the existing object", details)
                : new Finding(Severity.BLOCKING, "immutable", toVersion + " changes " + field + " of " + now.shown()
                + ", which Kubernetes does not allow on an existing object: the upgrade fails until it is deleted", details));
    }

    /** A ConfigMap or Secret marked {@code immutable: true} refuses any change to its data; only its keys are named. */
    private static Optional<Finding> immutableData(RenderedResource old, RenderedResource now, String toVersion) {
        if (!(old.kind().equals("ConfigMap") || old.kind().equals("Secret")) || !Boolean.TRUE.equals(old.body().get("immutable"))) {
            return Optional.empty();
        }
        TreeSet<String> changed = new TreeSet<>();
        for (String field : List.of("data", "binaryData", "stringData")) {
            Map<?, ?> before = old.body().get(field) instanceof Map<?, ?> m ? m : Map.of();
            Map<?, ?> after = now.body().get(field) instanceof Map<?, ?> m ? m : Map.of();
            before.forEach((k, v) -> {
                if (!Objects.equals(v, after.get(k))) {
                    changed.add(String.valueOf(k));
                }
            });
            after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(k -> changed.add(String.valueOf(k)));
        }
        if (changed.isEmpty() && Boolean.TRUE.equals(now.body().get("immutable"))) {
            return Optional.empty();
        }
        String what = changed.isEmpty() ? "drops immutable: true from" : "changes the data of";
        return Optional.of(new Finding(Severity.BLOCKING, "immutable", toVersion + " " + what + " " + now.shown()
                + ", which is immutable: the upgrade fails until it is deleted",
                List.of((changed.isEmpty() ? "immutable: true → " + FieldDiff.text(now.body().get("immutable"))
                        : "Keys whose value changes: " + String.join(", ", changed) + "."),
                        "To upgrade: " + String.format(RECREATE, now.kind().toLowerCase(), now.name(), namespaceFlag(now))
                                + " (pods that mount it keep the old content until they restart).")));
    }

    private static Object orDefault(Object value, Rule rule) {
        return value == null ? rule.absent() : value;
    }

    private static String namespaceFlag(RenderedResource r) {
        return r.namespace() == null ? "" : " -n " + r.namespace();
    }
}
