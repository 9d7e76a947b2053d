package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;

/** Whether the namespace's ResourceQuota can absorb Σ replicas × Δ for one quota line ({@code requests.cpu}, {@code limits.memory}). */
public record QuotaCheck(Resource resource, String quota, Quantity needed, Quantity headroom, boolean fits) {
    public String describe() {
        return quota + ": needs " + Show.of(resource, needed) + ", " + Show.of(resource, headroom) + " left"
                + (fits ? "" : " — raise the ResourceQuota first");
    }
}
