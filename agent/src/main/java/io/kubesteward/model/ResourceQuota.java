package io.kubesteward.model;

import java.util.Map;

/** A namespace's ResourceQuota: hard limits and what is used, by resource name (e.g. requests.cpu). */
public record ResourceQuota(String namespace, String name, Map<String, String> hard, Map<String, String> used) {
    public ResourceQuota {
        ClusterCopies.required(namespace, "ResourceQuota namespace");
        ClusterCopies.required(name, "ResourceQuota name");
        hard = ClusterCopies.map(hard);
        used = ClusterCopies.map(used);
    }
}
