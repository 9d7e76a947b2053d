package io.kubesteward.forge;

/**
 * Why a forge call did not do what Steward asked, in words: what was tried, why it failed, what to
 * try. Messages never hold the token.
 */
public final class ForgeFailure extends Exception {
    public enum Kind {
        /** 401: the token is wrong, expired or revoked. */
        UNAUTHORIZED,
        /** 403: the token lacks a permission. */
        FORBIDDEN,
        /** 404: the repository (or pull request) does not exist, or the token cannot see it. */
        NOT_FOUND,
        /** The pull request Steward tried to create already exists. */
        ALREADY_EXISTS,
        /** 409 for any other reason. */
        CONFLICT,
        /** 400 and 422: the forge refused the request's content. */
        REJECTED,
        /** A primary or secondary rate limit, still in force after the HTTP layer's retries. */
        RATE_LIMITED,
        /** 5xx after the HTTP layer's retries. */
        SERVER,
        /** No answer: connection, timeout, size limit. */
        NETWORK,
        /** An answer Steward cannot read. */
        UNEXPECTED_RESPONSE,
        /** Forge "none": branches are pushed and no pull request is opened. */
        NOT_CONFIGURED
    }

    private final Kind kind;
    private final int status;
    private final String action;
    private final String why;
    private final String hint;

    /**
     * @param action what Steward tried, e.g. "create a pull request from steward/x into main in acme/gitops on GitHub"
     * @param status the HTTP status, or 0 when there was none
     */
    public ForgeFailure(Kind kind, int status, String action, String why, String hint) {
        this(kind, status, action, why, hint, null);
    }

    /** {@code cause} must itself be free of secrets, as {@code HttpFailure} is. */
    public ForgeFailure(Kind kind, int status, String action, String why, String hint, Throwable cause) {
        super(action, cause);
        this.kind = kind;
        this.status = status;
        this.action = action;
        this.why = why;
        this.hint = hint;
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public String action() {
        return action;
    }

    public String why() {
        return why;
    }

    public String hint() {
        return hint;
    }

    @Override
    public String getMessage() {
        String code = status > 0 ? " (HTTP " + status + ")" : "";
        return "could not " + action + ": " + why + code + (hint == null || hint.isEmpty() ? "" : " — " + hint);
    }
}
