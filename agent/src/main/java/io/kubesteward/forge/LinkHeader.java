package io.kubesteward.forge;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RFC 8288 {@code Link} headers, as GitHub and Gitea send them for pagination. */
public final class LinkHeader {
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]+)\"?");

    private LinkHeader() {
    }

    /**
     * The {@code rel="next"} target as a route under {@code apiBase} ({@code /repositories/1/pulls?page=2}).
     * Empty when there is no next page, or when it points elsewhere: the token is never sent to
     * another server or outside the API.
     */
    public static Optional<String> nextRoute(String header, URI apiBase) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher link = LINK.matcher(header);
        while (link.find()) {
            Matcher rel = REL.matcher(link.group(2));
            while (rel.find()) {
                for (String r : rel.group(1).trim().split("\\s+")) {
                    if (r.equalsIgnoreCase("next")) {
                        return underBase(link.group(1).trim(), apiBase);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> underBase(String target, URI apiBase) {
        URI next;
        try {
            next = apiBase.resolve(target);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String base = apiBase.toString();
        String s = next.toString();
        if (s.startsWith(base + "/") && next.getRawUserInfo() == null) {
            return Optional.of(s.substring(base.length()));
        }
        return Optional.empty();
    }
}
