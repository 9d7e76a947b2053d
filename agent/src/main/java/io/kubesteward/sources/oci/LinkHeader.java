package io.kubesteward.sources.oci;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@code rel="next"} target in RFC 8288 Link headers. */
final class LinkHeader {
    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile(";\\s*rel\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;,\"]+))",
            Pattern.CASE_INSENSITIVE);

    private LinkHeader() {
    }

    static Optional<String> next(List<String> headers) {
        for (String header : headers) {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                Matcher rel = REL.matcher(link.group(2));
                if (rel.find() && isNext(rel.group(1) != null ? rel.group(1) : rel.group(2))) {
                    return Optional.of(link.group(1).trim());
                }
            }
        }
        return Optional.empty();
    }

    /** A rel value is a space-separated list of relation types. */
    private static boolean isNext(String relations) {
        for (String r : relations.trim().split("\\s+")) {
            if (r.toLowerCase(Locale.ROOT).equals("next")) {
                return true;
            }
        }
        return false;
    }
}
