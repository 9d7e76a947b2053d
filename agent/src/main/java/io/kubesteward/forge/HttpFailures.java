package io.kubesteward.forge;

import io.kubesteward.forge.ForgeFailure.Kind;
import io.kubesteward.http.HttpFailure;

/** A request that got no final answer: rate limits still in force, servers still failing, the network. */
final class HttpFailures {
    private HttpFailures() {
    }

    static ForgeFailure translate(ForgeSettings settings, String action, HttpFailure f) {
        String forge = settings.kind().displayName();
        if (f.kind() == HttpFailure.Kind.STATUS && (f.status() == 429 || f.status() == 403)) {
            return new ForgeFailure(Kind.RATE_LIMITED, f.status(), action, "the token is " + f.why(),
                    "run again after that, or less often; if writes hit the limit, space them further apart (forge writeInterval)", f);
        }
        if (f.kind() == HttpFailure.Kind.STATUS && f.status() >= 500) {
            return new ForgeFailure(Kind.SERVER, f.status(), action,
                    forge + "'s server failed, also on retry (" + f.why() + ")", "try again later; check the forge's status page", f);
        }
        if (f.kind() == HttpFailure.Kind.STATUS) {
            return new ForgeFailure(Kind.UNEXPECTED_RESPONSE, f.status(), action, f.why(), f.hint(), f);
        }
        return new ForgeFailure(Kind.NETWORK, 0, action, "no answer from " + f.url() + ": " + f.why(), f.hint(), f);
    }
}
