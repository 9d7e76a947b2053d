package io.kubesteward.gitops;

import java.util.Optional;

/**
 * Whether a remote Steward branch still holds only Steward's work, so that Steward may force-push a
 * fresh commit over it or delete it.
 *
 * <p>Steward always writes a branch as exactly one commit on top of the base branch. So the branch
 * is Steward's when its head is a single-parent commit whose author and committer emails are the
 * ones Steward commits with. Emails, not a message trailer: a person who amends, rebases or adds
 * to Steward's commit becomes its committer (a trailer would survive the amend), and a merge of
 * the base into the branch has two parents. Only someone who commits under Steward's own email can
 * pass for Steward.
 */
public final class BranchOwnership {
    private BranchOwnership() {
    }

    /** Why {@code head} shows that someone else worked on {@code branch}, or empty when it is all Steward's. */
    public static Optional<String> whyNotStewards(String branch, CommitSummary head, GitIdentity author, GitIdentity committer) {
        boolean stewardMadeIt = head.authorEmail().equalsIgnoreCase(author.email())
                && head.committerEmail().equalsIgnoreCase(committer.email());
        if (stewardMadeIt && head.parentCount() == 1) {
            return Optional.empty();
        }
        String what = stewardMadeIt
                ? "its newest commit " + head.shortId() + " has " + head.parentCount() + " parents, and Steward only makes single-parent commits"
                : "its newest commit " + head.shortId() + " is by " + head.authorName() + " <" + head.authorEmail() + ">, not by Steward";
        return Optional.of(branch + " holds work that is not Steward's: " + what + ". Steward leaves the branch as it is;"
                + " merge or close its pull request, or delete the branch, for Steward to propose again.");
    }
}
