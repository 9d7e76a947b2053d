package io.kubesteward.rightsizing;

/** Why the policy did not act, or something a reviewer should know; {@code code} is stable, {@code detail} is for people. */
public record Reason(Code code, String detail) {
    public enum Code {
        DISABLED("disabled"),
        NO_VPA("no-vpa"),
        VPA_UPDATE_MODE("vpa-update-mode"),
        VPA_NO_RECOMMENDATION("vpa-no-recommendation"),
        VPA_NO_PODS_MATCHED("vpa-no-pods-matched"),
        VPA_CONFIG_UNSUPPORTED("vpa-config-unsupported"),
        CONTAINER_NOT_RECOMMENDED("container-not-recommended"),
        RESOURCE_NOT_RECOMMENDED("resource-not-recommended"),
        NOT_IN_SOURCE("not-in-source"),
        INIT_CONTAINER("init-container"),
        NATIVE_SIDECAR("native-sidecar"),
        UNSUPPORTED_KIND("unsupported-kind"),
        NO_REQUEST("no-request"),
        AT_TARGET("at-target"),
        BELOW_THRESHOLD("below-threshold"),
        LOW_CONFIDENCE("low-confidence"),
        JOB_INCREASES_ONLY("job-increases-only"),
        HPA("hpa"),
        ROLLOUT_RECENT("rollout-recent"),
        COOLDOWN("cooldown"),
        OOM_FREEZE("oom-freeze"),
        SUSPECTED_LEAK("suspected-leak"),
        CPU_THROTTLED("cpu-throttled"),
        MANAGED_HEAP("managed-heap"),
        POD_FLOOR("pod-floor"),
        QUOTA("quota"),
        LIMIT_RANGE("limit-range"),
        // notes: facts a reviewer should see, not reasons to stop
        NO_MEMORY_LIMIT("no-memory-limit"),
        NODE_LEVEL_OOM("node-level-oom"),
        OOM_LIMIT_RAISE("oom-limit-raise"),
        VPA_CAPPED("vpa-capped"),
        VPA_RAISED("vpa-raised"),
        PEAK_UNKNOWN("peak-unknown"),
        BOUNDED("bounded");

        private final String id;

        Code(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Reason {
        if (code == null || detail == null) {
            throw new IllegalArgumentException("code and detail are required");
        }
    }

    @Override
    public String toString() {
        return code.id() + ": " + detail;
    }
}
