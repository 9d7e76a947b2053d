package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.kubesteward.model.ContainerFacts;
import io.kubesteward.model.OwnerRef;
import io.kubesteward.model.PodFacts;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadContainer;
import io.kubesteward.model.WorkloadKind;
import io.kubesteward.model.WorkloadRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A workload while the read is under way: its pods and its template's age arrive from later lists. */
final class WorkloadDraft {
    private final WorkloadRef ref;
    private final Map<String, String> labels;
    private final Map<String, String> annotations;
    private final Integer replicas;
    private final List<OwnerRef> owners;
    private final Instant createdAt;
    private final List<WorkloadContainer> containers;
    private final List<PodFacts> pods = new ArrayList<>();
    private long templateRevision = -1;
    private Instant templateChangedAt;

    private WorkloadDraft(WorkloadKind kind, ObjectMeta meta, Integer replicas, PodTemplateSpec template) {
        this.ref = new WorkloadRef(kind, meta.getNamespace(), meta.getName());
        this.labels = Metadata.labels(meta);
        this.annotations = Metadata.annotations(meta);
        this.replicas = replicas;
        this.owners = Metadata.owners(meta);
        this.createdAt = Metadata.created(meta);
        this.containers = PodTemplates.containers(template);
    }

    static WorkloadDraft of(WorkloadKind kind, ObjectMeta meta, Integer replicas, PodTemplateSpec template) {
        return new WorkloadDraft(kind, meta, replicas, template);
    }

    WorkloadRef ref() {
        return ref;
    }

    void addPod(PodFacts pod) {
        pods.add(pod);
    }

    /** A ReplicaSet of this Deployment: the newest revision's creation is when the template last changed. */
    void templateRevision(long revision, Instant createdAt) {
        if (revision > templateRevision) {
            templateRevision = revision;
            templateChangedAt = createdAt;
        }
    }

    Workload build() {
        List<WorkloadContainer> withImages = containers.stream().map(this::withImageIds).toList();
        return new Workload(ref, labels, annotations, replicas, owners, createdAt, templateChangedAt,
                withImages, pods);
    }

    private WorkloadContainer withImageIds(WorkloadContainer container) {
        Set<String> ids = new TreeSet<>();
        for (PodFacts pod : pods) {
            for (ContainerFacts facts : pod.containers()) {
                if (facts.name().equals(container.name()) && facts.imageId() != null && !facts.imageId().isEmpty()) {
                    ids.add(facts.imageId());
                }
            }
        }
        return new WorkloadContainer(container.name(), container.role(), container.image(), List.copyOf(ids), container.resources(),
                container.heapHints());
    }
}
