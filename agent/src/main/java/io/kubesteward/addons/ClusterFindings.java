package io.kubesteward.addons;

import io.kubesteward.model.UnreadableResource;
import java.util.List;

/** What the cluster adds to a plan: the add-ons found, where it runs other versions than the repository declares, and what could not be read. */
public record ClusterFindings(List<AddonStatus> addons, List<DriftEntry> drift, List<UnreadableResource> unreadable) {
    public ClusterFindings {
        addons = List.copyOf(addons);
        drift = List.copyOf(drift);
        unreadable = List.copyOf(unreadable);
    }
}
