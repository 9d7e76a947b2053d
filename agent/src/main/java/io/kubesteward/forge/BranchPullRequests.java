package io.kubesteward.forge;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pull requests that matter for one head branch: the open one, to update in place, and the most
 * recent one a person closed without merging, which means "ignore this version". A closed pull
 * request counts only if Steward wrote it (its body holds Steward's metadata for this branch) and
 * Steward did not close it itself as superseded.
 */
public record BranchPullRequests(String branch, PullRequest open, PullRequest closedUnmerged) {

    public static BranchPullRequests none(String branch) {
        return new BranchPullRequests(branch, null, null);
    }

    /** Picks from every pull request the forge listed for {@code branch}, newest first by number. */
    public static BranchPullRequests of(String branch, List<PullRequest> listed) {
        List<PullRequest> mine = listed.stream().filter(pr -> branch.equals(pr.headBranch()))
                .sorted(Comparator.comparingLong(PullRequest::number).reversed()).toList();
        PullRequest open = mine.stream().filter(PullRequest::isOpen).findFirst().orElse(null);
        PullRequest declined = mine.stream()
                .filter(PullRequest::isClosedUnmerged)
                .filter(pr -> !pr.supersededBySteward())
                .filter(pr -> pr.metadata().map(m -> m.branch() == null || branch.equals(m.branch())).orElse(false))
                .findFirst().orElse(null);
        return new BranchPullRequests(branch, open, declined);
    }

    public Optional<PullRequest> openPullRequest() {
        return Optional.ofNullable(open);
    }

    public Optional<PullRequest> closedUnmergedPullRequest() {
        return Optional.ofNullable(closedUnmerged);
    }
}
