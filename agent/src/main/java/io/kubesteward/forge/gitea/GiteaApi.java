package io.kubesteward.forge.gitea;

import io.kubesteward.forge.ForgeApi;
import io.kubesteward.forge.ForgeCaller;
import io.kubesteward.forge.ForgeFailure;
import io.kubesteward.forge.ForgeSettings;
import io.kubesteward.forge.PullRequest;
import io.kubesteward.forge.WritePacer;
import io.kubesteward.http.HttpCaller;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gitea and Forgejo, API v1. Labels are added by id: names are looked up in the repository's
 * labels, and a label the repository lacks is created, as GitHub and GitLab do implicitly, so one
 * configuration behaves alike on every forge.
 */
public final class GiteaApi implements ForgeApi {
    private static final int MAX_PAGES = 20;

    private final ForgeCaller caller;
    private final GiteaRepository repo;
    private Map<String, Long> labelIds;

    public GiteaApi(HttpCaller http, ForgeSettings settings, WritePacer pacer) {
        this.caller = new ForgeCaller(http, settings, Map.of("Accept", "application/json"), GiteaErrors::read, pacer);
        this.repo = GiteaRepository.of(settings.repository());
    }

    @Override
    public List<PullRequest> pullRequestsFrom(String branch) throws ForgeFailure {
        ListPullRequests first = ListPullRequests.all(repo, branch, caller.apiBase());
        return caller.collect(first, first::at, MAX_PAGES).stream()
                .filter(p -> p.head() != null && branch.equals(p.head().ref()))
                .filter(GiteaPull::fromThisRepository).map(GiteaPull::toPullRequest).toList();
    }

    @Override
    public List<PullRequest> openPullRequests() throws ForgeFailure {
        ListPullRequests first = ListPullRequests.open(repo, caller.apiBase());
        return caller.collect(first, first::at, MAX_PAGES).stream()
                .filter(GiteaPull::fromThisRepository).map(GiteaPull::toPullRequest).toList();
    }

    @Override
    public String title(String title, boolean draft) {
        return draft && !title.startsWith("WIP: ") ? "WIP: " + title : title;
    }

    @Override
    public PullRequest create(String title, String body, String head, String base, boolean draft) throws ForgeFailure {
        return caller.call(new CreatePullRequest(repo, title, body, head, base)).toPullRequest();
    }

    @Override
    public PullRequest edit(PullRequest pullRequest, String title, String body) throws ForgeFailure {
        return caller.call(EditPullRequest.edit(repo, pullRequest.number(), title, body)).toPullRequest();
    }

    @Override
    public synchronized void addLabels(PullRequest pullRequest, List<String> labels) throws ForgeFailure {
        if (labelIds == null) {
            labelIds = new LinkedHashMap<>();
            ListLabels first = ListLabels.first(repo, caller.apiBase());
            caller.collect(first, first::at, MAX_PAGES).forEach(l -> labelIds.putIfAbsent(key(l.name()), l.id()));
        }
        List<Long> ids = new ArrayList<>();
        for (String name : labels) {
            Long id = labelIds.get(key(name));
            if (id == null) {
                id = caller.call(new CreateLabel(repo, name)).id();
                labelIds.put(key(name), id);
            }
            ids.add(id);
        }
        caller.call(new AddLabels(repo, pullRequest.number(), ids, labels));
    }

    @Override
    public void requestReviewers(PullRequest pullRequest, List<String> reviewers) throws ForgeFailure {
        caller.call(new RequestReviewers(repo, pullRequest.number(), reviewers));
    }

    @Override
    public void addAssignees(PullRequest pullRequest, List<String> assignees) throws ForgeFailure {
        Set<String> all = new LinkedHashSet<>(caller.call(new GetPullRequest(repo, pullRequest.number())).assigneeLogins());
        all.addAll(assignees);
        caller.call(EditPullRequest.assignees(repo, pullRequest.number(), List.copyOf(all)));
    }

    @Override
    public void comment(PullRequest pullRequest, String text) throws ForgeFailure {
        caller.call(new CreateComment(repo, pullRequest.number(), text));
    }

    @Override
    public PullRequest close(PullRequest pullRequest, String body) throws ForgeFailure {
        return caller.call(EditPullRequest.close(repo, pullRequest.number(), body)).toPullRequest();
    }

    @Override
    public String currentUser() throws ForgeFailure {
        return caller.call(new GetCurrentUser());
    }

    private static String key(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
