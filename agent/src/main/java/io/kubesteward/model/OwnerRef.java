package io.kubesteward.model;

/** An entry of {@code metadata.ownerReferences}: who created and manages an object. */
public record OwnerRef(String kind, String name, boolean controller) {
    public OwnerRef {
        ClusterCopies.required(kind, "owner kind");
        ClusterCopies.required(name, "owner name");
    }
}
