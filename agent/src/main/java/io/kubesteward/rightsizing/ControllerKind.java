package io.kubesteward.rightsizing;

/** The workload kinds RIGHTSIZING.md names; anything else is reported, not sized. */
public enum ControllerKind {
    DEPLOYMENT("Deployment"),
    STATEFUL_SET("StatefulSet"),
    DAEMON_SET("DaemonSet"),
    ROLLOUT("Rollout"),
    CRON_JOB("CronJob"),
    JOB("Job"),
    OTHER("other");

    private final String kind;

    ControllerKind(String kind) {
        this.kind = kind;
    }

    /** As Kubernetes writes it. */
    public String kind() {
        return kind;
    }

    /** The kind for a Kubernetes {@code kind}; {@link #OTHER} for anything the policy does not size. */
    public static ControllerKind of(String kind) {
        for (ControllerKind k : values()) {
            if (k.kind.equals(kind)) {
                return k;
            }
        }
        return OTHER;
    }

    /** Jobs run briefly and the VPA sees little of them: RIGHTSIZING.md only raises them. */
    public boolean increasesOnly() {
        return this == CRON_JOB || this == JOB;
    }
}
