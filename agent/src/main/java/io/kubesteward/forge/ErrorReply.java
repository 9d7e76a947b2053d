package io.kubesteward.forge;

import java.time.Instant;
import java.util.List;

/**
 * What a forge said when it refused a request, read by that forge's error reader.
 *
 * @param message the forge's own words, or null
 * @param details further reasons (GitHub's {@code errors[]}), possibly empty
 * @param rateLimited a primary or secondary rate limit, not a missing permission
 * @param resetAt when a primary rate limit ends, or null
 * @param acceptedPermissions the permissions the endpoint needs, in words, or null
 */
public record ErrorReply(
        int status,
        String message,
        List<String> details,
        boolean rateLimited,
        Instant resetAt,
        String acceptedPermissions) {

    private static final int MAX_TEXT = 300;

    public ErrorReply {
        message = clean(message);
        details = details == null ? List.of()
                : details.stream().map(ErrorReply::clean).filter(d -> d != null).limit(5).toList();
    }

    /** The forge's words in one line: the message and its details. Null when it said nothing. */
    public String said() {
        String joined = message == null ? String.join("; ", details)
                : details.isEmpty() ? message : message + ": " + String.join("; ", details);
        return joined.isEmpty() ? null : joined;
    }

    /** One line, no control characters, bounded: it ends up in logs and reports. */
    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (oneLine.isEmpty()) {
            return null;
        }
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT) + "…";
    }
}
