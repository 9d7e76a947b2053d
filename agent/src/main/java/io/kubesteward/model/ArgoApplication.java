package io.kubesteward.model;

import java.util.List;

/**
 * An Argo CD Application as the cluster reports it: its sources (single or multi-source), where it
 * deploys, the synced revisions (for a chart source, the chart version; one per source), sync and
 * health status, and the images its resources run ({@code status.summary.images}).
 */
public record ArgoApplication(
        String namespace,
        String name,
        String project,
        String destinationServer,
        String destinationNamespace,
        List<ArgoSource> sources,
        String syncStatus,
        String healthStatus,
        List<String> syncRevisions,
        List<String> images) {

    public ArgoApplication {
        ClusterCopies.required(namespace, "Application namespace");
        ClusterCopies.required(name, "Application name");
        sources = ClusterCopies.list(sources);
        syncRevisions = ClusterCopies.list(syncRevisions);
        images = ClusterCopies.list(images);
    }
}
