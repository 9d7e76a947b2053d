package io.kubesteward.planning;

import io.kubesteward.model.UpdateType;
import java.util.List;

/** One would-be pull request: its branch (deterministic), title, and the updates it carries. */
public record Proposal(String branch, String title, String packageName, String repository, UpdateType type, List<Update> updates) {
    public Proposal {
        updates = List.copyOf(updates);
    }

    public Proposal withUpdates(List<Update> changed) {
        return new Proposal(branch, title, packageName, repository, type, changed);
    }
}
