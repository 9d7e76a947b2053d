package io.kubesteward.model;

/** Where a container sits in the pod: a regular container, an init container, or a native sidecar (init, restartPolicy Always). */
public enum ContainerRole {
    CONTAINER("container"),
    INIT("init"),
    SIDECAR("sidecar");

    private final String id;

    ContainerRole(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
