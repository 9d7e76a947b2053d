package io.kubesteward.addons;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.PackageRef;
import java.util.List;

/**
 * One add-on found in the cluster, for the report: what runs and where that was read, the objects it
 * was recognised by, the declarations that manage it in the repository (empty: unmanaged), where its
 * versions come from, what the plan says of them, and for an unmanaged add-on how to bring it under Git.
 */
public record AddonStatus(
        String name,
        String description,
        String namespace,
        Running running,
        List<String> evidence,
        List<Declaration> declarations,
        PackageRef source,
        VersionVerdict verdict,
        String advice) {

    public AddonStatus {
        evidence = List.copyOf(evidence);
        declarations = List.copyOf(declarations);
    }

    /** The status of {@code found}: managed by {@code managing} (empty: unmanaged, and advice says how to change that). */
    public static AddonStatus of(FoundAddon found, Running running, List<Declaration> managing, PackageRef source, VersionVerdict verdict) {
        return new AddonStatus(found.name(), found.definition().description(), found.namespace(), running, found.evidence(), managing,
                source, verdict, managing.isEmpty() ? Advice.unmanaged(found) : null);
    }

    public boolean managed() {
        return !declarations.isEmpty();
    }
}
