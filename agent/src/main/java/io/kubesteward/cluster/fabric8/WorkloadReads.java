package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadKind;
import io.kubesteward.model.WorkloadRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Workloads and their pods. Pods reach their workload through owner references: Pod → ReplicaSet →
 * Deployment, Pod → Job → CronJob, Pod → StatefulSet or DaemonSet. Jobs a CronJob created are that
 * CronJob's runs, not workloads of their own. Only the owner links are held, never the ReplicaSets
 * or Jobs themselves.
 */
final class WorkloadReads {
    private static final String REVISION = "deployment.kubernetes.io/revision";
    private static final String TEMPLATE_HASH = "pod-template-hash";

    private final KubernetesClient client;
    private final PagedLister lister;
    private final Map<WorkloadRef, WorkloadDraft> drafts = new HashMap<>();
    private final Map<String, String> deploymentOfReplicaSet = new HashMap<>();
    private final Map<String, String> cronJobOfJob = new HashMap<>();

    WorkloadReads(KubernetesClient client, PagedLister lister) {
        this.client = client;
        this.lister = lister;
    }

    List<Workload> read() {
        lister.each(ReadKinds.DEPLOYMENTS, client.apps().deployments(),
                d -> add(WorkloadKind.DEPLOYMENT, d.getMetadata(), d.getSpec().getReplicas(), d.getSpec().getTemplate()));
        lister.each(ReadKinds.STATEFUL_SETS, client.apps().statefulSets(),
                s -> add(WorkloadKind.STATEFUL_SET, s.getMetadata(), s.getSpec().getReplicas(), s.getSpec().getTemplate()));
        lister.each(ReadKinds.DAEMON_SETS, client.apps().daemonSets(),
                d -> add(WorkloadKind.DAEMON_SET, d.getMetadata(), null, d.getSpec().getTemplate()));
        lister.each(ReadKinds.CRON_JOBS, client.batch().v1().cronjobs(),
                c -> add(WorkloadKind.CRON_JOB, c.getMetadata(), null, c.getSpec().getJobTemplate().getSpec().getTemplate()));
        lister.each(ReadKinds.JOBS, client.batch().v1().jobs(), this::job);
        lister.each(ReadKinds.REPLICA_SETS, client.apps().replicaSets(), this::replicaSet);
        lister.each(ReadKinds.PODS, client.pods(), this::pod);
        return drafts.values().stream().map(WorkloadDraft::build).toList();
    }

    private void add(WorkloadKind kind, ObjectMeta meta, Integer replicas, PodTemplateSpec template) {
        WorkloadDraft draft = WorkloadDraft.of(kind, meta, replicas, template);
        drafts.put(draft.ref(), draft);
    }

    private void job(Job job) {
        ObjectMeta meta = job.getMetadata();
        OwnerReference owner = Metadata.controller(meta);
        if (owner != null && "CronJob".equals(owner.getKind()) && known(WorkloadKind.CRON_JOB, meta.getNamespace(), owner.getName())) {
            cronJobOfJob.put(key(meta.getNamespace(), meta.getName()), owner.getName());
        } else {
            add(WorkloadKind.JOB, meta, null, job.getSpec().getTemplate());
        }
    }

    private void replicaSet(ReplicaSet replicaSet) {
        ObjectMeta meta = replicaSet.getMetadata();
        OwnerReference owner = Metadata.controller(meta);
        if (owner == null || !"Deployment".equals(owner.getKind())) {
            return;
        }
        WorkloadDraft deployment = drafts.get(new WorkloadRef(WorkloadKind.DEPLOYMENT, meta.getNamespace(), owner.getName()));
        if (deployment == null) {
            return;
        }
        deploymentOfReplicaSet.put(key(meta.getNamespace(), meta.getName()), owner.getName());
        deployment.templateRevision(revision(meta), Metadata.created(meta));
    }

    private void pod(Pod pod) {
        WorkloadDraft owner = ownerOf(pod);
        if (owner != null) {
            owner.addPod(PodConversion.facts(pod));
        }
    }

    private WorkloadDraft ownerOf(Pod pod) {
        ObjectMeta meta = pod.getMetadata();
        OwnerReference owner = Metadata.controller(meta);
        if (owner == null) {
            return null;
        }
        String namespace = meta.getNamespace();
        return switch (owner.getKind()) {
            case "ReplicaSet" -> draft(WorkloadKind.DEPLOYMENT, namespace, deploymentOf(namespace, owner.getName(), meta));
            case "StatefulSet" -> draft(WorkloadKind.STATEFUL_SET, namespace, owner.getName());
            case "DaemonSet" -> draft(WorkloadKind.DAEMON_SET, namespace, owner.getName());
            case "Job" -> {
                String cronJob = cronJobOfJob.get(key(namespace, owner.getName()));
                yield cronJob != null ? draft(WorkloadKind.CRON_JOB, namespace, cronJob) : draft(WorkloadKind.JOB, namespace, owner.getName());
            }
            default -> null;
        };
    }

    /** From the ReplicaSet list; without it (forbidden), a ReplicaSet is named Deployment + "-" + the pod's template hash. */
    private String deploymentOf(String namespace, String replicaSet, ObjectMeta pod) {
        String deployment = deploymentOfReplicaSet.get(key(namespace, replicaSet));
        String hash = pod.getLabels() == null ? null : pod.getLabels().get(TEMPLATE_HASH);
        if (deployment == null && hash != null && replicaSet.endsWith("-" + hash)) {
            deployment = replicaSet.substring(0, replicaSet.length() - hash.length() - 1);
        }
        return deployment;
    }

    private WorkloadDraft draft(WorkloadKind kind, String namespace, String name) {
        return name == null ? null : drafts.get(new WorkloadRef(kind, namespace, name));
    }

    private boolean known(WorkloadKind kind, String namespace, String name) {
        return drafts.containsKey(new WorkloadRef(kind, namespace, name));
    }

    private static long revision(ObjectMeta meta) {
        String revision = meta.getAnnotations() == null ? null : meta.getAnnotations().get(REVISION);
        try {
            return revision == null ? 0 : Long.parseLong(revision.trim());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String key(String namespace, String name) {
        return namespace + "/" + name;
    }
}
