package io.kubesteward.gitops;

import java.util.List;

/** The final text of a Steward commit message: the caller's words plus the trailers settings ask for. */
public final class CommitMessages {
    private CommitMessages() {
    }

    /**
     * {@code message} with trailing blanks trimmed, ending in one newline, and a {@code Signed-off-by}
     * trailer when {@code signOff} is given (appended to an existing trailer block, never doubled).
     */
    public static String compose(String message, GitIdentity signOff) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a commit needs a message");
        }
        String body = message.replace("\r\n", "\n").stripTrailing();
        if (signOff == null) {
            return body + "\n";
        }
        String trailer = "Signed-off-by: " + signOff.display();
        List<String> lines = body.lines().toList();
        if (lines.contains(trailer)) {
            return body + "\n";
        }
        return body + (endsWithTrailerBlock(lines) ? "\n" : "\n\n") + trailer + "\n";
    }

    /** Whether the last paragraph (not the subject) consists only of {@code Key: value} lines. */
    private static boolean endsWithTrailerBlock(List<String> lines) {
        int start = lines.size();
        while (start > 0 && !lines.get(start - 1).isBlank()) {
            start--;
        }
        if (start == 0 || start == lines.size()) {
            return false;
        }
        return lines.subList(start, lines.size()).stream().allMatch(l -> l.matches("[A-Za-z0-9-]+: .*"));
    }
}
