package io.kubesteward.model;

import java.util.Optional;

/** The workload kinds Steward reads, with the Kubernetes {@code kind} and API group each is served by. */
public enum WorkloadKind {
    DEPLOYMENT("Deployment", "apps"),
    STATEFUL_SET("StatefulSet", "apps"),
    DAEMON_SET("DaemonSet", "apps"),
    CRON_JOB("CronJob", "batch"),
    JOB("Job", "batch");

    private final String kind;
    private final String group;

    WorkloadKind(String kind, String group) {
        this.kind = kind;
        this.group = group;
    }

    /** As Kubernetes writes it: {@code Deployment}, {@code CronJob}. */
    public String kind() {
        return kind;
    }

    public String group() {
        return group;
    }

    /** Jobs and CronJobs run to completion; RIGHTSIZING.md only raises their requests. */
    public boolean runsToCompletion() {
        return this == CRON_JOB || this == JOB;
    }

    public static Optional<WorkloadKind> ofKind(String kind) {
        for (WorkloadKind value : values()) {
            if (value.kind.equals(kind)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
