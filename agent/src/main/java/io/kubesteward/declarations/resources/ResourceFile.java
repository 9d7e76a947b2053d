package io.kubesteward.declarations.resources;

import java.util.List;

/** One file as the resources extractor reads it: its workloads, and the kustomization it is (null when it is none). */
record ResourceFile(String path, List<WorkloadObject> workloads, Kustomization kustomization) {
    ResourceFile {
        workloads = List.copyOf(workloads);
    }
}
