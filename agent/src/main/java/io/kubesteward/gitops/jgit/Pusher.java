package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.PushOutcome;
import io.kubesteward.gitops.PushStatus;
import io.kubesteward.gitops.WorkspaceFailure;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.PushCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefLeaseSpec;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/** Sends one ref update and reads back its outcome; a rejected ref is an outcome, not an exception. */
final class Pusher {
    private final Git git;
    private final RemoteAccess access;
    private final Scrubber scrubber;
    private final String shownUri;

    Pusher(Git git, RemoteAccess access) {
        this.git = git;
        this.access = access;
        this.scrubber = access.scrubber();
        this.shownUri = access.shownUri();
    }

    /** Pushes {@code commit}; with {@code leaseOn} it replaces the branch only if it still points there. */
    PushOutcome push(String branch, ObjectId commit, ObjectId leaseOn) throws WorkspaceFailure {
        String ref = Constants.R_HEADS + branch;
        PushCommand push = command().setRefSpecs(new RefSpec((leaseOn == null ? "" : "+") + commit.name() + ":" + ref));
        if (leaseOn != null) {
            push.setForce(true).setRefLeaseSpecs(new RefLeaseSpec(ref, leaseOn.name()));
        }
        return send(push, branch, "push " + branch + " to " + shownUri, commit, leaseOn);
    }

    /** Deletes the branch if it still points at {@code leaseOn}. */
    PushOutcome delete(String branch, ObjectId leaseOn) throws WorkspaceFailure {
        String ref = Constants.R_HEADS + branch;
        PushCommand push = command().setRefSpecs(new RefSpec(":" + ref)).setForce(true)
                .setRefLeaseSpecs(new RefLeaseSpec(ref, leaseOn.name()));
        return send(push, branch, "delete " + branch + " on " + shownUri, null, leaseOn);
    }

    private PushCommand command() {
        return access.configure(git.push()).setRemote(RemoteSync.REMOTE);
    }

    private PushOutcome send(PushCommand push, String branch, String action, ObjectId wanted, ObjectId before)
            throws WorkspaceFailure {
        try {
            for (PushResult result : push.call()) {
                RemoteRefUpdate update = result.getRemoteUpdate(Constants.R_HEADS + branch);
                if (update != null) {
                    return outcome(branch, update, wanted, before);
                }
            }
        } catch (GitAPIException | JGitInternalException e) {
            throw access.failure("cannot " + action, e);
        }
        throw new WorkspaceFailure("cannot " + action + ": the remote reported nothing about " + branch
                + ". Try again; if it persists, the server's git service may be misbehaving.");
    }

    private PushOutcome outcome(String branch, RemoteRefUpdate update, ObjectId wanted, ObjectId before) {
        String after = wanted == null ? null : wanted.name();
        String was = before == null ? null : before.name();
        String remoteSays = update.getMessage() == null ? "" : " (" + scrubber.scrub(update.getMessage()) + ")";
        return switch (update.getStatus()) {
            case OK -> new PushOutcome(branch, PushStatus.OK, okMessage(branch, wanted, before), after);
            case UP_TO_DATE -> new PushOutcome(branch, PushStatus.UP_TO_DATE, branch + " already pointed there", after);
            case NON_EXISTING -> new PushOutcome(branch, PushStatus.UP_TO_DATE, branch + " was already gone", null);
            case REJECTED_NONFASTFORWARD -> new PushOutcome(branch, PushStatus.REJECTED_NONFASTFORWARD, branch
                    + " appeared or moved on the remote after Steward fetched, and Steward's commit does not build on it;"
                    + " nothing was overwritten, and the next run will look again", was);
            case REJECTED_REMOTE_CHANGED -> new PushOutcome(branch, PushStatus.REJECTED_REMOTE_CHANGED, branch
                    + " moved on the remote after Steward fetched it at " + abbreviate(before) + "; nothing was overwritten,"
                    + " and the next run will look again", was);
            case REJECTED_NODELETE -> new PushOutcome(branch, PushStatus.REJECTED_OTHER_REASON,
                    "the remote does not allow deleting " + branch + remoteSays, was);
            case REJECTED_OTHER_REASON -> new PushOutcome(branch, PushStatus.REJECTED_OTHER_REASON,
                    "the remote refused " + branch + remoteSays + "; check branch protection rules and server hooks", was);
            default -> new PushOutcome(branch, PushStatus.REJECTED_OTHER_REASON,
                    "the remote did not confirm " + branch + " (" + update.getStatus() + ")" + remoteSays, was);
        };
    }

    private static String okMessage(String branch, ObjectId wanted, ObjectId before) {
        if (wanted == null) {
            return "deleted " + branch + " (was " + abbreviate(before) + ")";
        }
        return before == null ? "pushed " + branch + " at " + abbreviate(wanted)
                : "replaced " + branch + " (was " + abbreviate(before) + ") with " + abbreviate(wanted);
    }

    private static String abbreviate(ObjectId id) {
        return id == null ? "nothing" : id.abbreviate(7).name();
    }
}
