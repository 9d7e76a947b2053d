package io.kubesteward.forge.github;

import io.kubesteward.forge.ForgeApi;
import io.kubesteward.forge.ForgeCaller;
import io.kubesteward.forge.ForgeFailure;
import io.kubesteward.forge.ForgeSettings;
import io.kubesteward.forge.PullRequest;
import io.kubesteward.forge.WritePacer;
import io.kubesteward.http.HttpCaller;
import java.util.List;
import java.util.Map;

/** GitHub and GitHub Enterprise Server (API base {@code https://host/api/v3}), REST API 2022-11-28. */
public final class GitHubApi implements ForgeApi {
    private static final int MAX_PAGES = 10;
    private static final Map<String, String> HEADERS = Map.of(
            "Accept", "application/vnd.github+json",
            "X-GitHub-Api-Version", "2022-11-28");

    private final ForgeCaller caller;
    private final GitHubRepository repo;

    public GitHubApi(HttpCaller http, ForgeSettings settings, WritePacer pacer) {
        this.caller = new ForgeCaller(http, settings, HEADERS, GitHubErrors::read, pacer);
        this.repo = GitHubRepository.of(settings.repository());
    }

    @Override
    public List<PullRequest> pullRequestsFrom(String branch) throws ForgeFailure {
        ListPullRequests first = ListPullRequests.fromBranch(repo, branch, caller.apiBase());
        return caller.collect(first, first::next, MAX_PAGES);
    }

    @Override
    public List<PullRequest> openPullRequests() throws ForgeFailure {
        ListPullRequests first = ListPullRequests.open(repo, caller.apiBase());
        return caller.collect(first, first::next, MAX_PAGES);
    }

    @Override
    public PullRequest create(String title, String body, String head, String base, boolean draft) throws ForgeFailure {
        return caller.call(new CreatePullRequest(repo, title, body, head, base, draft));
    }

    @Override
    public PullRequest edit(PullRequest pullRequest, String title, String body) throws ForgeFailure {
        return caller.call(UpdatePullRequest.edit(repo, pullRequest.number(), title, body));
    }

    @Override
    public boolean setDraft(PullRequest pullRequest, boolean draft) throws ForgeFailure {
        if (pullRequest.nodeId() == null) {
            return false; // GitHub sends node_id with every pull request; without one there is nothing to address
        }
        SetDraft endpoint = new SetDraft(caller.apiBase(), pullRequest, draft);
        SetDraft.Answer answer = caller.call(endpoint);
        if (!answer.messages().isEmpty()) {
            ForgeFailure.Kind kind = answer.types().contains("FORBIDDEN") ? ForgeFailure.Kind.FORBIDDEN
                    : answer.types().contains("NOT_FOUND") ? ForgeFailure.Kind.NOT_FOUND : ForgeFailure.Kind.REJECTED;
            throw new ForgeFailure(kind, 200, endpoint.action() + " in " + caller.settings().describe(), String.join("; ", answer.messages()),
                    kind == ForgeFailure.Kind.FORBIDDEN ? "the token needs pull requests: write" : "");
        }
        return true;
    }

    @Override
    public void addLabels(PullRequest pullRequest, List<String> labels) throws ForgeFailure {
        caller.call(new AddLabels(repo, pullRequest.number(), labels));
    }

    @Override
    public void requestReviewers(PullRequest pullRequest, List<String> reviewers) throws ForgeFailure {
        caller.call(new RequestReviewers(repo, pullRequest.number(), reviewers));
    }

    @Override
    public void addAssignees(PullRequest pullRequest, List<String> assignees) throws ForgeFailure {
        caller.call(new AddAssignees(repo, pullRequest.number(), assignees));
    }

    @Override
    public void comment(PullRequest pullRequest, String text) throws ForgeFailure {
        caller.call(new CreateComment(repo, pullRequest.number(), text));
    }

    @Override
    public PullRequest close(PullRequest pullRequest, String body) throws ForgeFailure {
        return caller.call(UpdatePullRequest.close(repo, pullRequest.number(), body));
    }

    @Override
    public String currentUser() throws ForgeFailure {
        return caller.call(new GetAuthenticatedUser());
    }
}
