package io.kubesteward.pipeline;

import io.kubesteward.forge.BranchPullRequests;
import io.kubesteward.forge.Forge;
import io.kubesteward.forge.ForgeFailure;
import io.kubesteward.forge.ForgeKind;
import io.kubesteward.forge.PullRequest;
import io.kubesteward.forge.PullRequestDraft;
import io.kubesteward.forge.Published;
import io.kubesteward.gitops.FileContent;
import io.kubesteward.gitops.PreparedBranch;
import io.kubesteward.gitops.PushOutcome;
import io.kubesteward.gitops.PushStatus;
import io.kubesteward.gitops.WorkspaceFailure;
import io.kubesteward.planning.Proposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code steward run}'s tail: per proposal, find its pull request, commit and push its branch, then
 * open or update the pull request in place; afterwards close Steward's pull requests that a newer
 * proposal for the same package replaced. Every per-proposal failure is a {@link Delivery} entry.
 */
public final class DeliveryPipeline {
    static final String PERSON_PUSHED = "> **Steward has stopped updating this branch:** someone else pushed commits to it, and "
            + "Steward never overwrites people's work. Merge or close this pull request as it is, or delete the branch to let "
            + "Steward start it over.\n\n";
    private final Progress progress;

    public DeliveryPipeline(Progress progress) {
        this.progress = progress;
    }

    public List<Delivery> run(DeliveryRequest request) {
        List<Delivery> deliveries = new ArrayList<>();
        Forge forge = request.forge();
        boolean pullRequests = forge.kind() != ForgeKind.NONE;
        int openBefore;
        List<PullRequest> openAtStart;
        try {
            openAtStart = pullRequests ? forge.openPullRequests(request.branchPrefix()) : List.of();
        } catch (ForgeFailure e) {
            return request.proposals().stream()
                    .map(p -> new Delivery(p.branch(), Delivery.Action.FAILED, null, "cannot list pull requests: " + e.getMessage()))
                    .toList();
        }
        openBefore = openAtStart.size();
        Limits limits = new Limits(request.maxPrsPerRun(), request.maxOpenPrs(), openBefore);
        Optional<String> closed = request.gates().closedWindow().get();
        for (Proposal proposal : request.proposals()) {
            if (request.gates().stopping().getAsBoolean()) {
                deliveries.add(new Delivery(proposal.branch(), Delivery.Action.STOPPED, null,
                        "Steward was asked to stop; the next run delivers it"));
            } else if (closed.isPresent()) {
                deliveries.add(new Delivery(proposal.branch(), Delivery.Action.OUTSIDE_WINDOW, null, closed.get()));
            } else {
                progress.step("delivering " + proposal.branch());
                deliveries.add(deliverOne(request, proposal, limits, pullRequests));
            }
        }
        if (closed.isPresent() || request.gates().stopping().getAsBoolean()) {
            return deliveries;
        }
        if (pullRequests) {
            deliveries.addAll(Supersession.close(request, openAtStart, deliveries));
        }
        return deliveries;
    }

    private Delivery deliverOne(DeliveryRequest request, Proposal proposal, Limits limits, boolean pullRequests) {
        String branch = proposal.branch();
        ProposalEdits.Edited edited = request.edits().get(branch);
        if (edited == null || !edited.ok()) {
            return new Delivery(branch, Delivery.Action.EDIT_FAILED, null, edited == null ? "not edited" : edited.failure());
        }
        try {
            BranchPullRequests existing = pullRequests ? request.forge().find(branch) : BranchPullRequests.none(branch);
            PullRequest open = existing.open();
            if (open == null && existing.closedUnmerged() != null && declined(existing.closedUnmerged(), proposal)) {
                PullRequest closed = existing.closedUnmerged();
                return new Delivery(branch, Delivery.Action.IGNORED, closed.url(), "pull request "
                        + closed.reference(request.forge().kind()) + " for " + String.join(", ", Targets.of(proposal))
                        + " was closed without merging; Steward leaves these versions alone until a newer one appears");
            }
            Optional<String> blocking = blocking(proposal);
            if (blocking.isPresent() && request.onBlocking() == DeliveryRequest.OnBlocking.HOLD) {
                return new Delivery(branch, Delivery.Action.HELD_BY_ANALYSIS, open == null ? null : open.url(), "the upgrade"
                        + " analysis found what would break the release (" + blocking.get() + "); charts.analysis.blocking is hold,"
                        + " so Steward neither pushes nor opens it — `steward plan` shows the findings");
            }
            if (open == null && pullRequests && !limits.mayOpen()) {
                return new Delivery(branch, Delivery.Action.HELD_BY_LIMIT, null, limits.why());
            }
            PushOutcome pushed = push(request, proposal, edited);
            if (pushed.status() == PushStatus.NOT_STEWARDS) {
                if (open != null && !open.body().contains(PERSON_PUSHED)) {
                    // the branch holds a person's work now: keep its title and metadata, add the note once
                    request.forge().update(open, new PullRequestDraft(open.title(), PERSON_PUSHED + open.body(), branch,
                            request.workspace().baseBranch(), List.of(), List.of(), List.of(), Boolean.TRUE.equals(open.draft())));
                }
                return new Delivery(branch, Delivery.Action.NOT_STEWARDS, open == null ? null : open.url(),
                        "someone else committed to " + branch + "; Steward does not overwrite people's work. "
                                + "Delete the branch or merge it to let Steward take over again.");
            }
            if (!pushed.inPlace()) {
                return new Delivery(branch, Delivery.Action.PUSH_REJECTED, open == null ? null : open.url(),
                        pushed.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + pushed.message());
            }
            if (!pullRequests) {
                return new Delivery(branch, Delivery.Action.PUSHED, null,
                        pushed.changedRemote() ? "branch pushed" : "branch already up to date");
            }
            PullRequestDraft draft = draft(request, proposal, request.bodies().get(branch),
                    blocking.isPresent() && request.onBlocking() == DeliveryRequest.OnBlocking.DRAFT);
            Published published = open == null ? request.forge().create(draft) : request.forge().update(open, draft);
            if (published.change() == Published.Change.CREATED) {
                limits.opened();
            }
            String warnings = published.warnings().isEmpty() ? "" : "; " + String.join("; ", published.warnings());
            return new Delivery(branch, switch (published.change()) {
                case CREATED -> Delivery.Action.CREATED;
                case UPDATED -> Delivery.Action.UPDATED;
                case UNCHANGED -> Delivery.Action.UNCHANGED;
            }, published.pullRequest().url(), (pushed.changedRemote() ? "branch pushed" : "branch unchanged") + warnings);
        } catch (ForgeFailure | WorkspaceFailure e) {
            return new Delivery(branch, Delivery.Action.FAILED, null, e.getMessage());
        }
    }

    private static PullRequestDraft draft(DeliveryRequest request, Proposal proposal, String body, boolean asDraft) {
        String branch = proposal.branch();
        return new PullRequestDraft(proposal.title(), body, branch, request.workspace().baseBranch(),
                request.labels().getOrDefault(branch, List.of()), request.reviewers().getOrDefault(branch, List.of()),
                request.assignees().getOrDefault(branch, List.of()), asDraft);
    }

    /** The first blocking finding of the proposal's upgrade analysis, if any. */
    static Optional<String> blocking(Proposal proposal) {
        return proposal.updates().stream().flatMap(u -> u.impact().findings().stream())
                .filter(f -> f.severity() == io.kubesteward.analysis.Severity.BLOCKING).map(io.kubesteward.analysis.Finding::summary)
                .findFirst();
    }

    /** The configured action, as delivery knows it. */
    public static DeliveryRequest.OnBlocking onBlocking(Enum<?> configured) {
        return configured == null ? DeliveryRequest.OnBlocking.DRAFT : DeliveryRequest.OnBlocking.valueOf(configured.name());
    }

    private static PushOutcome push(DeliveryRequest request, Proposal proposal, ProposalEdits.Edited edited) throws WorkspaceFailure {
        List<FileContent> files = new java.util.ArrayList<>(edited.changed().stream().map(f -> new FileContent(f.path(), f.content())).toList());
        edited.archives().forEach(a -> files.add(a.bytes() == null ? FileContent.removal(a.path()) : FileContent.binary(a.path(), a.bytes())));
        PreparedBranch prepared = request.workspace().branchFromBase(proposal.branch(), files, CommitMessage.of(proposal, edited));
        return request.workspace().push(prepared);
    }

    private static boolean declined(PullRequest closed, Proposal proposal) {
        Set<String> declined = new TreeSet<>(closed.stewardTargets());
        return !declined.isEmpty() && declined.containsAll(Targets.of(proposal));
    }

    /** maxPrsPerRun and maxOpenPrs, counted as the run opens pull requests. */
    private static final class Limits {
        private final int perRun;
        private final int open;
        private int openedNow;
        private int openNow;

        Limits(int perRun, int open, int openBefore) {
            this.perRun = perRun;
            this.open = open;
            this.openNow = openBefore;
        }

        boolean mayOpen() {
            return openedNow < perRun && openNow < open;
        }

        String why() {
            return openedNow >= perRun
                    ? "maxPrsPerRun (" + perRun + ") pull requests already opened in this run; the next run opens it"
                    : "maxOpenPrs (" + open + ") of Steward's pull requests are open; merge or close some and the next run opens it";
        }

        void opened() {
            openedNow++;
            openNow++;
        }
    }

}
