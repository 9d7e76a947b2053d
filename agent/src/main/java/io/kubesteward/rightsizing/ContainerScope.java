package io.kubesteward.rightsizing;

/** Where a container sits in the pod template; only regular containers are sized, the others are reported. */
public enum ContainerScope {
    REGULAR,
    INIT,
    /** An init container with {@code restartPolicy: Always}; the VPA gives it no recommendation. */
    NATIVE_SIDECAR
}
