package io.kubesteward.rightsizing;

/** The two resources the policy sizes, by the name Kubernetes gives them. */
public enum Resource {
    CPU("cpu"),
    MEMORY("memory");

    private final String id;

    Resource(String id) {
        this.id = id;
    }

    /** As written under {@code resources.requests}: {@code cpu}, {@code memory}. */
    public String id() {
        return id;
    }
}
