package io.kubesteward.forge;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Cuts a pull request description to what a forge accepts, keeping what matters: the start of the
 * text, a note that it was cut, and the hidden metadata at the end, which later runs read.
 */
public final class BodyLimit {
    /** Written by {@code report.PullRequestMetadata}; always last in a body Steward writes. */
    private static final String METADATA = "<!-- steward:metadata ";
    private static final String FENCE = "```";

    private BodyLimit() {
    }

    public static String fit(String body, ForgeKind kind) {
        return fit(body, kind.bodyLimit(), kind.displayName());
    }

    static String fit(String body, int limit, String forgeName) {
        if (body == null || body.length() <= limit) {
            return body;
        }
        int marker = body.lastIndexOf(METADATA);
        String tail = marker >= 0 && body.length() - marker < limit / 4 ? body.substring(marker) : "";
        String note = "\n\n---\n_This description was cut to fit " + forgeName + "'s limit of "
                + NumberFormat.getIntegerInstance(Locale.ROOT).format(limit) + " characters._\n\n";
        int room = limit - tail.length() - note.length() - (FENCE.length() + 1);
        if (room <= 0) {
            return body.substring(0, Math.max(0, limit));
        }
        String head = body.substring(0, cutPoint(body, room));
        if (openFence(head)) {
            head = head + "\n" + FENCE;
        }
        return head + note + tail;
    }

    /** At the last line end within room, unless that loses more than a fifth; never inside a surrogate pair. */
    private static int cutPoint(String body, int room) {
        int newline = body.lastIndexOf('\n', room - 1);
        int at = newline > room * 4 / 5 ? newline : room;
        if (at > 0 && Character.isHighSurrogate(body.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /** Whether the text ends inside a fenced code block, which would swallow the note. */
    private static boolean openFence(String text) {
        boolean open = false;
        for (String line : text.split("\n", -1)) {
            if (line.stripLeading().startsWith(FENCE)) {
                open = !open;
            }
        }
        return open;
    }
}
