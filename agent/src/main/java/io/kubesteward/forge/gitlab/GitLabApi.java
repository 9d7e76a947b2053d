package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.ForgeApi;
import io.kubesteward.forge.ForgeCaller;
import io.kubesteward.forge.ForgeFailure;
import io.kubesteward.forge.ForgeSettings;
import io.kubesteward.forge.PullRequest;
import io.kubesteward.forge.WritePacer;
import io.kubesteward.http.HttpCaller;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** GitLab.com and self-managed GitLab, REST API v4: merge requests stand for pull requests. */
public final class GitLabApi implements ForgeApi {
    private static final int MAX_PAGES = 10;

    private final ForgeCaller caller;
    private final GitLabProject project;

    public GitLabApi(HttpCaller http, ForgeSettings settings, WritePacer pacer) {
        this.caller = new ForgeCaller(http, settings, Map.of("Accept", "application/json"), GitLabErrors::read, pacer);
        this.project = new GitLabProject(settings.repository());
    }

    @Override
    public List<PullRequest> pullRequestsFrom(String branch) throws ForgeFailure {
        FindMergeRequests first = FindMergeRequests.fromBranch(project, branch);
        return caller.collect(first, first::at, MAX_PAGES).stream()
                .filter(GitLabMergeRequest::fromThisProject).map(GitLabMergeRequest::toPullRequest).toList();
    }

    @Override
    public List<PullRequest> openPullRequests() throws ForgeFailure {
        FindMergeRequests first = FindMergeRequests.open(project);
        return caller.collect(first, first::at, MAX_PAGES).stream()
                .filter(GitLabMergeRequest::fromThisProject).map(GitLabMergeRequest::toPullRequest).toList();
    }

    @Override
    public String title(String title, boolean draft) {
        return draft && !title.startsWith("Draft: ") ? "Draft: " + title : title;
    }

    @Override
    public PullRequest create(String title, String body, String head, String base, boolean draft) throws ForgeFailure {
        return caller.call(new CreateMergeRequest(project, title, body, head, base)).toPullRequest();
    }

    @Override
    public PullRequest edit(PullRequest pullRequest, String title, String body) throws ForgeFailure {
        return caller.call(UpdateMergeRequest.edit(project, pullRequest.number(), title, body)).toPullRequest();
    }

    @Override
    public void addLabels(PullRequest pullRequest, List<String> labels) throws ForgeFailure {
        caller.call(UpdateMergeRequest.addLabels(project, pullRequest.number(), labels));
    }

    @Override
    public void requestReviewers(PullRequest pullRequest, List<String> reviewers) throws ForgeFailure {
        UserIds ids = userIds(reviewers, "reviewers");
        if (!ids.found().isEmpty()) {
            GitLabMergeRequest current = caller.call(new GetMergeRequest(project, pullRequest.number()));
            caller.call(UpdateMergeRequest.reviewers(project, pullRequest.number(), union(current.reviewerIds(), ids.found())));
        }
        ids.failIfMissing();
    }

    @Override
    public void addAssignees(PullRequest pullRequest, List<String> assignees) throws ForgeFailure {
        UserIds ids = userIds(assignees, "assignees");
        if (!ids.found().isEmpty()) {
            GitLabMergeRequest current = caller.call(new GetMergeRequest(project, pullRequest.number()));
            caller.call(UpdateMergeRequest.assignees(project, pullRequest.number(), union(current.assigneeIds(), ids.found())));
        }
        ids.failIfMissing();
    }

    @Override
    public void comment(PullRequest pullRequest, String text) throws ForgeFailure {
        caller.call(new CreateNote(project, pullRequest.number(), text));
    }

    @Override
    public PullRequest close(PullRequest pullRequest, String body) throws ForgeFailure {
        return caller.call(UpdateMergeRequest.close(project, pullRequest.number(), body)).toPullRequest();
    }

    @Override
    public String currentUser() throws ForgeFailure {
        return caller.call(new GetCurrentUser());
    }

    /** Ids of the users GitLab knows, and the names it does not. */
    private record UserIds(List<Long> found, List<String> missing, String role, ForgeSettings settings) {
        void failIfMissing() throws ForgeFailure {
            if (!missing.isEmpty()) {
                throw new ForgeFailure(ForgeFailure.Kind.REJECTED, 0, "add " + role + " in " + settings.describe(),
                        "GitLab has no user named " + String.join(", ", missing), "check the user names in the configuration");
            }
        }
    }

    private UserIds userIds(List<String> usernames, String role) throws ForgeFailure {
        List<Long> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : usernames) {
            OptionalLong id = caller.call(new FindUser(name));
            if (id.isPresent()) {
                found.add(id.getAsLong());
            } else {
                missing.add(name);
            }
        }
        return new UserIds(found, missing, role, caller.settings());
    }

    private static List<Long> union(List<Long> present, List<Long> added) {
        Set<Long> all = new LinkedHashSet<>(present);
        all.addAll(added);
        return List.copyOf(all);
    }
}
