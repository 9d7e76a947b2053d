package io.kubesteward.forge;

import io.kubesteward.forge.ForgeFailure.Kind;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Turns a refused request into a failure people can act on: what failed, why, what to try. */
final class FailureWording {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private FailureWording() {
    }

    /**
     * @param action what was tried, with the repository and the forge
     * @param permission what the endpoint needs, in the forge's words, or null
     */
    static ForgeFailure failure(ForgeSettings settings, String action, String permission, ErrorReply reply) {
        String forge = settings.kind().displayName();
        int status = reply.status();
        String said = reply.said() == null ? "" : " (" + forge + " said: \"" + settings.token().redact(reply.said()) + "\")";
        String lower = reply.said() == null ? "" : reply.said().toLowerCase(Locale.ROOT);
        if (reply.rateLimited() || status == 429) {
            if (lower.contains("secondary") || lower.contains("abuse")) {
                return new ForgeFailure(Kind.RATE_LIMITED, status, action,
                        "hit " + forge + "'s secondary rate limit: too many requests in a short time" + said,
                        "run again in a few minutes; if this recurs, space writes further apart (forge writeInterval)");
            }
            String until = reply.resetAt() == null ? "" : " until " + CLOCK.format(reply.resetAt());
            return new ForgeFailure(Kind.RATE_LIMITED, status, action,
                    forge + "'s rate limit for this token is used up" + until + said,
                    "run again after that, or less often");
        }
        if (status == 401) {
            return new ForgeFailure(Kind.UNAUTHORIZED, status, action, "the token is invalid or expired" + said,
                    "create a new " + forge + " token and give it to Steward");
        }
        if (status == 403) {
            String needs = reply.acceptedPermissions() != null ? reply.acceptedPermissions() : permission;
            String why = needs == null ? "the token lacks a permission for this" : "the token lacks a permission: it needs " + needs;
            return new ForgeFailure(Kind.FORBIDDEN, status, action, why + said,
                    "grant it to the token, or use a token of an account with write access to " + settings.repository());
        }
        if (status == 404) {
            return new ForgeFailure(Kind.NOT_FOUND, status, action,
                    "repository " + settings.repository() + " not found, or the token cannot see it" + said,
                    "check the repository name and the API URL " + settings.apiBase() + ", and that the token may access this repository");
        }
        if (status == 301 || status == 302 || status == 307 || status == 308) {
            // The HTTP caller follows redirects for reads only; a write to a moved repository lands here.
            return new ForgeFailure(Kind.NOT_FOUND, status, action,
                    "repository " + settings.repository() + " has moved (renamed or transferred)" + said,
                    "use the repository's new name in the configuration");
        }
        if ((status == 409 || status == 422) && lower.contains("already exist")) {
            return new ForgeFailure(Kind.ALREADY_EXISTS, status, action, "it already exists" + said, "");
        }
        if (status == 409) {
            return new ForgeFailure(Kind.CONFLICT, status, action, "the request conflicts with the repository's state" + said,
                    "run again; the branch or pull request may have changed meanwhile");
        }
        if (status == 400 || status == 422) {
            return new ForgeFailure(Kind.REJECTED, status, action, rejection(lower, forge) + said,
                    "check the branch, the base branch, labels and reviewers named in the configuration");
        }
        if (status >= 500) {
            // Only writes come back with a 5xx: the HTTP caller retries reads itself, but not writes that may have been done.
            return new ForgeFailure(Kind.SERVER, status, action, forge + "'s server failed" + said,
                    "run again later: a pull request made despite the error is found and updated then");
        }
        return new ForgeFailure(Kind.UNEXPECTED_RESPONSE, status, action, "unexpected HTTP status " + status + said,
                "check the API URL " + settings.apiBase());
    }

    /** The common refusals explained; otherwise the forge's own words carry it. */
    private static String rejection(String said, String forge) {
        if (said.contains("no commits between") || said.contains("no changes between")) {
            return "the branch has no commits that the base branch lacks";
        }
        if (said.contains("head") && said.contains("invalid")) {
            return "the head branch does not exist on " + forge + "; it may not have been pushed";
        }
        if (said.contains("base") && said.contains("invalid")) {
            return "the base branch does not exist on " + forge;
        }
        if (said.contains("collaborator")) {
            return "a reviewer is not a collaborator of the repository";
        }
        if (said.contains("author")) {
            return "the pull request's author cannot be asked to review it";
        }
        return forge + " refused the request";
    }
}
