package io.kubesteward.forge.gitea;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.http.ApiResponse;
import java.util.List;

/** {@code POST /repos/{owner}/{repo}/pulls/{index}/requested_reviewers}. */
final class RequestReviewers implements Endpoint<Void> {
    record Body(List<String> reviewers) {
    }

    private final GiteaRepository repo;
    private final long number;
    private final List<String> names;

    RequestReviewers(GiteaRepository repo, long number, List<String> names) {
        this.repo = repo;
        this.number = number;
        this.names = List.copyOf(names);
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String route() {
        return repo.route("/pulls/" + number + "/requested_reviewers");
    }

    @Override
    public String action() {
        return "request reviews from " + names + " on pull request #" + number;
    }

    @Override
    public Object body() {
        return new Body(names);
    }

    @Override
    public String permission() {
        return Permissions.WRITE_PULLS;
    }

    @Override
    public Void parse(ApiResponse response) {
        return null;
    }
}
