package io.kubesteward.gitops;

/** What became of one branch Steward pushed or deleted. Only {@link #OK} changed the remote. */
public enum PushStatus {
    /** The remote now holds Steward's commit (or no longer holds the deleted branch). */
    OK,
    /** The remote already had the same content on the same base (or the branch to delete was gone): nothing sent. */
    UP_TO_DATE,
    /** The branch appeared or moved on the remote and Steward's commit does not descend from it. */
    REJECTED_NONFASTFORWARD,
    /** The branch moved on the remote after Steward looked at it: the lease failed, nothing overwritten. */
    REJECTED_REMOTE_CHANGED,
    /** The server refused the update (a protected branch, a hook, a policy); see the message. */
    REJECTED_OTHER_REASON,
    /** Someone other than Steward committed to the branch; Steward leaves it alone and nothing is sent. */
    NOT_STEWARDS
}
