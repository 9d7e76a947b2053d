package io.kubesteward.cluster.fabric8;

/**
 * A resource kind as RBAC and people name it: {@code kind} for reports, {@code plural} and API
 * {@code group} ("" for the core group) for the permission to grant, and what its absence means
 * ({@code component}, for kinds that come with an add-on; null for built-in kinds).
 */
record ReadKind(String kind, String plural, String group, boolean namespaced, String component) {
    static ReadKind builtIn(String kind, String plural, String group) {
        return new ReadKind(kind, plural, group, true, null);
    }

    static ReadKind clusterScoped(String kind, String plural, String group) {
        return new ReadKind(kind, plural, group, false, null);
    }

    static ReadKind addOn(String kind, String plural, String group, String component) {
        return new ReadKind(kind, plural, group, true, component);
    }

    /** As {@code kubectl auth can-i} and a Role's rules name it: pods, deployments.apps. */
    String resource() {
        return group.isEmpty() ? plural : plural + "." + group;
    }

    String groupName() {
        return group.isEmpty() ? "the core API group" : "API group " + group;
    }
}
