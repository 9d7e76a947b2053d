package io.kubesteward.pipeline;

import io.kubesteward.forge.Forge;
import io.kubesteward.gitops.Workspace;
import io.kubesteward.planning.Proposal;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.Map;

/**
 * Everything delivery needs: the proposals with their edits and rendered bodies, where to push,
 * where to open pull requests, and the limits. {@code labels}, {@code reviewers} and
 * {@code assignees} are per branch (configuration plus matching rules); {@code onBlocking} is what a proposal
 * with a blocking finding of the upgrade analysis becomes ({@code charts.analysis.blocking}).
 */
public record DeliveryRequest(
        List<Proposal> proposals,
        Map<String, ProposalEdits.Edited> edits,
        Map<String, String> bodies,
        Map<String, List<String>> labels,
        Map<String, List<String>> reviewers,
        Map<String, List<String>> assignees,
        Workspace workspace,
        Forge forge,
        String branchPrefix,
        int maxPrsPerRun,
        int maxOpenPrs,
        Gates gates,
        OnBlocking onBlocking) {

    /** What a proposal whose upgrade analysis found a blocking finding becomes. */
    public enum OnBlocking { DRAFT, HOLD, OPEN }

    /**
     * When delivery must hold: {@code closedWindow} says why pull requests may not be opened or
     * updated now (empty: a window is open, or none is configured); {@code stopping} turns true on
     * SIGTERM, and then no further proposal is started.
     */
    public record Gates(Supplier<Optional<String>> closedWindow, BooleanSupplier stopping) {
        public static final Gates OPEN = new Gates(Optional::empty, () -> false);
    }
}
