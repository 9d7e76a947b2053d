package io.kubesteward.forge;

import io.kubesteward.forge.ForgeFailure.Kind;
import io.kubesteward.forge.Published.Change;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A forge reached over its REST API: the behaviour every forge shares, on that forge's calls. */
public final class RestForge implements Forge {
    /** Refusals that concern one label or reviewer, not the run: they become warnings. */
    private static final Set<Kind> ITEM_REFUSALS = Set.of(Kind.REJECTED, Kind.FORBIDDEN, Kind.NOT_FOUND, Kind.CONFLICT);

    private final ForgeSettings settings;
    private final ForgeApi api;
    private volatile boolean draftRefused;
    private final BotAccount bot;

    public RestForge(ForgeSettings settings, ForgeApi api) {
        this.settings = settings;
        this.api = api;
        this.bot = new BotAccount(settings.botUser(), api);
    }

    @Override
    public ForgeKind kind() {
        return settings.kind();
    }

    @Override
    public String describe() {
        return settings.describe();
    }

    @Override
    public BranchPullRequests find(String headBranch) throws ForgeFailure {
        return BranchPullRequests.of(headBranch, api.pullRequestsFrom(headBranch));
    }

    @Override
    public Published create(PullRequestDraft draft) throws ForgeFailure {
        PullRequest created;
        List<String> warnings = new ArrayList<>();
        try {
            created = createMaybeDraft(draft, warnings);
        } catch (ForgeFailure f) {
            if (f.kind() != Kind.ALREADY_EXISTS) {
                throw f;
            }
            PullRequest open = find(draft.head()).openPullRequest().orElseThrow(() -> f);
            return update(open, draft);
        }
        // the pull request exists now: whatever fails after this is a warning on it, never a failed delivery
        boolean labelled = draft.labels().isEmpty() || afterCreate(() -> attempt(() -> api.addLabels(created, draft.labels()), warnings),
                warnings);
        afterCreate(() -> {
            warnings.addAll(requestReview(created, draft.reviewers(), draft.assignees()));
            return true;
        }, warnings);
        return new Published(labelled ? withLabels(created, draft.labels()) : created, Change.CREATED, warnings);
    }

    /**
     * Creates it, as a draft when asked; a forge that refuses drafts here (GitHub for private repositories on a free
     * plan answers 422) gets a pull request ready for review and a warning, so a blocked upgrade is still seen.
     */
    private PullRequest createMaybeDraft(PullRequestDraft draft, List<String> warnings) throws ForgeFailure {
        String body = BodyLimit.fit(draft.body(), kind());
        try {
            return api.create(api.title(draft.title(), draft.draft()), body, draft.head(), draft.base(), draft.draft());
        } catch (ForgeFailure f) {
            if (!draft.draft() || f.status() != 422 || !String.valueOf(f.why()).toLowerCase(java.util.Locale.ROOT).contains("draft")) {
                throw f;
            }
            warnings.add("the forge refused a draft pull request (" + f.why() + "); opened it ready for review instead: its"
                    + " Impact section says what blocks it");
            return api.create(draft.title(), body, draft.head(), draft.base(), false);
        }
    }

    @Override
    public Published update(PullRequest existing, PullRequestDraft draft) throws ForgeFailure {
        String body = BodyLimit.fit(draft.body(), kind());
        String wanted = api.title(draft.title(), draft.draft());
        String newTitle = existing.title().equals(wanted) ? null : wanted;
        String newBody = sameText(existing.body(), body) ? null : body;
        PullRequest current = existing;
        boolean wrote = false;
        if (newTitle != null || newBody != null) {
            current = api.edit(existing, newTitle, newBody);
            wrote = true;
        }
        List<String> warnings = new ArrayList<>();
        if (existing.draft() != null && existing.draft() != draft.draft() && (draft.draft() || blockedBySteward(existing)) && !draftRefused) {
            // a flag the REST API cannot change: GitHub's GraphQL mutation; refused, the pull request stays as it is and
            // the rest of the run does not ask again. Steward makes ready only a draft its own findings made one.
            PullRequest before = current;
            boolean[] changed = {false};
            if (attempt(() -> changed[0] = api.setDraft(before, draft.draft()), warnings)) {
                if (changed[0]) {
                    current = current.withDraft(draft.draft());
                    wrote = true;
                }
            } else {
                draftRefused = true;
            }
        }
        List<String> missing = missingLabels(current.labels(), draft.labels());
        if (!missing.isEmpty() && attempt(() -> api.addLabels(existing, missing), warnings)) {
            current = withLabels(current, missing);
            wrote = true;
        }
        return new Published(current, wrote ? Change.UPDATED : Change.UNCHANGED, warnings);
    }

    @Override
    public List<String> requestReview(PullRequest pullRequest, List<String> reviewers, List<String> assignees)
            throws ForgeFailure {
        List<String> warnings = new ArrayList<>();
        List<String> others = reviewers.stream().filter(r -> !r.equalsIgnoreCase(pullRequest.author())).toList();
        if (!others.isEmpty()) {
            attempt(() -> api.requestReviewers(pullRequest, others), warnings);
        }
        if (!assignees.isEmpty()) {
            attempt(() -> api.addAssignees(pullRequest, assignees), warnings);
        }
        return warnings;
    }

    @Override
    public void comment(PullRequest pullRequest, String text) throws ForgeFailure {
        api.comment(pullRequest, BodyLimit.fit(text, kind()));
    }

    @Override
    public PullRequest closeSuperseded(PullRequest old, PullRequest newer) throws ForgeFailure {
        String ref = newer.reference(kind());
        api.comment(old, "Superseded by " + ref + " (" + newer.url() + "), which proposes a newer change. "
                + "Steward closes this one; nothing was merged.");
        return api.close(old, BodyLimit.fit(SupersededMarker.mark(old.body(), ref, newer.url()), kind()));
    }

    @Override
    public List<PullRequest> openPullRequests(String headPrefix) throws ForgeFailure {
        String login = bot.login();
        return api.openPullRequests().stream()
                .filter(pr -> pr.isOpen() && pr.headBranch() != null && pr.headBranch().startsWith(headPrefix))
                .filter(pr -> login == null || login.equalsIgnoreCase(pr.author()))
                .toList();
    }

    /** Runs one item's write; a refusal of that item becomes a warning. Returns whether it worked. */
    private static boolean afterCreate(Step step, List<String> warnings) {
        try {
            return step.run();
        } catch (ForgeFailure f) {
            warnings.add(f.getMessage());
            return false;
        }
    }

    @FunctionalInterface
    private interface Step {
        boolean run() throws ForgeFailure;
    }

    private static boolean attempt(Write write, List<String> warnings) throws ForgeFailure {
        try {
            write.run();
            return true;
        } catch (ForgeFailure f) {
            if (!ITEM_REFUSALS.contains(f.kind())) {
                throw f;
            }
            warnings.add(f.getMessage());
            return false;
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws ForgeFailure;
    }

    /** Forges may turn \n into \r\n or drop trailing blanks; that is no change. */
    private static boolean sameText(String a, String b) {
        return a.replace("\r\n", "\n").stripTrailing().equals(b.replace("\r\n", "\n").stripTrailing());
    }

    private static List<String> missingLabels(List<String> present, List<String> wanted) {
        Set<String> have = new LinkedHashSet<>();
        present.forEach(l -> have.add(l.toLowerCase(Locale.ROOT)));
        return wanted.stream().filter(l -> !have.contains(l.toLowerCase(Locale.ROOT))).distinct().toList();
    }

    /** The body Steward last wrote held a blocking finding: the draft is Steward's verdict, not a person's choice. */
    private static boolean blockedBySteward(PullRequest pr) {
        return pr.metadata().isPresent() && (pr.body().startsWith("- **blocking** (") || pr.body().contains("\n- **blocking** ("));
    }

    private static PullRequest withLabels(PullRequest pr, List<String> added) {
        List<String> labels = new ArrayList<>(pr.labels());
        labels.addAll(missingLabels(pr.labels(), added));
        return new PullRequest(pr.number(), pr.url(), pr.state(), pr.headBranch(), pr.baseBranch(), pr.title(),
                pr.body(), labels, pr.author(), pr.draft(), pr.nodeId());
    }

    @Override
    public String toString() {
        return "RestForge[" + settings.describe() + "]";
    }
}
