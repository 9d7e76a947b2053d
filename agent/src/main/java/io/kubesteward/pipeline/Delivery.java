package io.kubesteward.pipeline;

/**
 * What became of one proposal in {@code steward run}: its branch, what was done, the pull request
 * (when there is one) and, in words, why.
 */
public record Delivery(String branch, Action action, String pullRequestUrl, String detail) {
    /** What was done with a proposal. */
    public enum Action {
        CREATED("created"),
        UPDATED("updated"),
        UNCHANGED("unchanged"),
        PUSHED("pushed, no forge"),
        IGNORED("ignored: closed unmerged"),
        HELD_BY_LIMIT("held back by a limit"),
        HELD_BY_ANALYSIS("held back: blocking findings"),
        NOT_STEWARDS("left alone: a person pushed"),
        PUSH_REJECTED("push rejected"),
        EDIT_FAILED("edit failed"),
        FAILED("failed"),
        CLOSED_SUPERSEDED("closed, superseded"),
        OUTSIDE_WINDOW("planned only: outside the window"),
        STOPPED("not delivered: stopping");

        private final String id;

        Action(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
