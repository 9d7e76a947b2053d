package io.kubesteward.gitops;

/**
 * The outcome for one branch: a rejection is an outcome, not an exception, so that the run can
 * report it and go on. {@code remoteCommitId} is what the remote branch points to afterwards as far
 * as Steward knows, or null when it does not exist.
 */
public record PushOutcome(String branch, PushStatus status, String message, String remoteCommitId) {
    public boolean changedRemote() {
        return status == PushStatus.OK;
    }

    /** The remote holds exactly what Steward wanted: pushed now or already there. */
    public boolean inPlace() {
        return status == PushStatus.OK || status == PushStatus.UP_TO_DATE;
    }
}
