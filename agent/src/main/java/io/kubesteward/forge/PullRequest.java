package io.kubesteward.forge;

import io.kubesteward.report.PullRequestMetadata;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pull request (a merge request on GitLab) as Steward needs it. {@code number} is what people
 * see: GitHub's and Gitea's number, GitLab's {@code iid}. {@code body} is never null. {@code draft} is the forge's
 * draft flag where it has one (GitHub), null where drafts are a title prefix; {@code nodeId} is GitHub's GraphQL id.
 */
public record PullRequest(
        long number,
        String url,
        State state,
        String headBranch,
        String baseBranch,
        String title,
        String body,
        List<String> labels,
        String author,
        Boolean draft,
        String nodeId) {

    public enum State { OPEN, CLOSED, MERGED }

    public PullRequest {
        Objects.requireNonNull(state, "state");
        body = body == null ? "" : body;
        title = title == null ? "" : title;
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public PullRequest(long number, String url, State state, String headBranch, String baseBranch, String title, String body,
                       List<String> labels, String author) {
        this(number, url, state, headBranch, baseBranch, title, body, labels, author, null, null);
    }

    public PullRequest withDraft(boolean asDraft) {
        return new PullRequest(number, url, state, headBranch, baseBranch, title, body, labels, author, asDraft, nodeId);
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** Closed without being merged, whoever closed it. */
    public boolean isClosedUnmerged() {
        return state == State.CLOSED;
    }

    /** What Steward hid in the body when it wrote it; empty for a body Steward did not write. */
    public Optional<PullRequestMetadata> metadata() {
        return PullRequestMetadata.find(body);
    }

    /** The versions Steward's metadata says this pull request moves to; empty for a body Steward did not write. */
    public List<String> stewardTargets() {
        return metadata().map(PullRequestMetadata::targetVersions).orElse(List.of());
    }

    /** The package Steward's metadata names, or null for a body Steward did not write. */
    public String stewardPackage() {
        return metadata().map(PullRequestMetadata::packageName).orElse(null);
    }

    /** The repository Steward's metadata names, or null for a body Steward did not write. */
    public String stewardRepository() {
        return metadata().map(PullRequestMetadata::repository).orElse(null);
    }

    /** Steward closed it itself because a newer pull request replaced it (not a person's "no"). */
    public boolean supersededBySteward() {
        return SupersededMarker.isIn(body);
    }

    /** "#12" on GitHub and Gitea, "!12" on GitLab. */
    public String reference(ForgeKind kind) {
        return (kind == ForgeKind.GITLAB ? "!" : "#") + number;
    }
}
