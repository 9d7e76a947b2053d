package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the chart's service accounts may do after the upgrade that they could not before: permissions gained in its
 * Roles and ClusterRoles (new ones included), and new bindings to {@code cluster-admin}. Gaining wildcards, access to
 * Secrets, or the verbs that grant more ({@code escalate}, {@code bind}, {@code impersonate}) needs a reviewer's
 * attention; other gains are information. Lost permissions are information too: a controller may stop working.
 */
final class RbacChanges {
    private static final Set<String> POWERFUL_VERBS = Set.of("*", "escalate", "bind", "impersonate");
    private static final Set<String> SECRET_READS = Set.of("get", "list", "watch", "*");

    private RbacChanges() {
    }

    static List<Finding> check(RenderedManifest from, RenderedManifest to) {
        List<String> gained = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        boolean powerful = false;
        for (RenderedResource r : to.resources().values()) {
            if (isRole(r)) {
                RenderedResource old = from.resources().get(r.key());
                Set<String> before = old == null ? Set.of() : permissions(old);
                Set<String> now = permissions(r);
                List<String> more = now.stream().filter(p -> !before.contains(p)).toList();
                if (!more.isEmpty()) {
                    gained.add(r.shown() + (old == null ? " (new)" : "") + " gains: " + String.join(", ", more));
                    powerful |= more.stream().anyMatch(RbacChanges::powerful);
                }
                List<String> fewer = before.stream().filter(p -> !now.contains(p)).toList();
                if (!fewer.isEmpty()) {
                    lost.add(r.shown() + " loses: " + String.join(", ", fewer));
                }
            } else if (r.kind().endsWith("RoleBinding") && !from.resources().containsKey(r.key())
                    && "cluster-admin".equals(ValuesTree.at(r.body(), List.of("roleRef", "name")))) {
                gained.add(r.shown() + " (new) binds cluster-admin");
                powerful = true;
            }
        }
        List<Finding> out = new ArrayList<>();
        if (!gained.isEmpty()) {
            out.add(new Finding(powerful ? Severity.ATTENTION : Severity.INFORMATION, "rbac", "RBAC: the chart's accounts gain "
                    + (powerful ? "broad permissions (wildcards, Secrets or verbs that grant more)" : "permissions") + " in "
                    + RenderedDiff.count(gained.size(), "role"), gained));
        }
        if (!lost.isEmpty()) {
            out.add(new Finding(Severity.INFORMATION, "rbac", "RBAC: permissions are taken away in " + RenderedDiff.count(lost.size(), "role"), lost));
        }
        return out;
    }

    private static boolean isRole(RenderedResource r) {
        return (r.kind().equals("Role") || r.kind().equals("ClusterRole")) && r.group().equals("rbac.authorization.k8s.io");
    }

    /** Each rule as {@code verb group/resource} (core group as {@code ""}), or {@code verb url} for non-resource URLs. */
    private static Set<String> permissions(RenderedResource role) {
        Set<String> out = new LinkedHashSet<>();
        if (!(role.body().get("rules") instanceof List<?> rules)) {
            return out;
        }
        for (Object rule : rules) {
            if (!(rule instanceof java.util.Map<?, ?> m)) {
                continue;
            }
            List<String> names = strings(m.get("resourceNames"));
            for (String verb : strings(m.get("verbs"))) {
                for (String group : strings(m.get("apiGroups"))) {
                    for (String resource : strings(m.get("resources"))) {
                        out.add(verb + " " + (group.isEmpty() ? "\"\"" : group) + "/" + resource + (names.isEmpty() ? "" : " " + names));
                    }
                }
                strings(m.get("nonResourceURLs")).forEach(url -> out.add(verb + " " + url));
            }
        }
        return out;
    }

    private static boolean powerful(String permission) {
        String[] parts = permission.split(" ", 3);
        String verb = parts[0];
        String target = parts.length > 1 ? parts[1] : "";
        return POWERFUL_VERBS.contains(verb) || target.endsWith("/*") || target.startsWith("*/")
                || target.equals("\"\"/secrets") && SECRET_READS.contains(verb) && parts.length == 2;
    }

    private static List<String> strings(Object list) {
        return list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}
