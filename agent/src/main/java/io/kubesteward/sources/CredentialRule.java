package io.kubesteward.sources;

import io.kubesteward.http.Credentials;
import java.util.Optional;

/** Credentials to send to every URL under {@code prefix}; the longest matching prefix wins. */
public record CredentialRule(String prefix, Credentials credentials) {
    public CredentialRule {
        if (prefix == null || prefix.isBlank() || credentials == null) {
            throw new IllegalArgumentException("a credential rule needs a URL prefix and credentials");
        }
    }

    /** The credentials of the longest rule whose prefix matches {@code url}; none if no rule does. */
    public static Credentials forUrl(Iterable<CredentialRule> rules, String url) {
        CredentialRule best = null;
        for (CredentialRule r : rules) {
            if (UrlPrefix.matches(r.prefix(), url) && (best == null || r.prefix().length() > best.prefix().length())) {
                best = r;
            }
        }
        return Optional.ofNullable(best).map(CredentialRule::credentials).orElse(Credentials.none());
    }
}
