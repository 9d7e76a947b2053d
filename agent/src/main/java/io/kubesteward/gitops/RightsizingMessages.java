package io.kubesteward.gitops;

import io.kubesteward.model.ContainerResourceRef;
import io.kubesteward.model.MergedRightsizing;
import io.kubesteward.model.Quantity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Steward's rightsizing commit messages back: the lines {@code - <file>: <value> <from> -> <to> (rightsizing)}
 * it writes one per value, which survive merge, squash (GitHub and GitLab keep the commit bodies) and rebase; and
 * {@code This reverts commit <sha>} of a revert. Pure.
 */
public final class RightsizingMessages {
    private static final Pattern LINE = Pattern.compile("(?m)^\\s*[-*] (\\S+): (\\S+) (\\S+) -> (\\S+) \\(rightsizing\\)\\s*$");
    private static final Pattern REVERTS = Pattern.compile("This reverts commit ([0-9a-f]{7,40})");
    static final String OOM_TITLE = "Raise resources after OOM kills";

    private RightsizingMessages() {
    }

    /** The values a message says Steward changed, as merged at {@code at}. */
    public static List<MergedRightsizing> changes(String message, Instant at) {
        List<MergedRightsizing> out = new ArrayList<>();
        boolean oom = message.contains(OOM_TITLE);
        Matcher m = LINE.matcher(message);
        while (m.find()) {
            ContainerResourceRef ref = ContainerResourceRef.parse(m.group(2));
            if (ref != null && ref.field() != null) {
                out.add(new MergedRightsizing(at, ref, m.group(3), m.group(4), oom && ref.field().endsWith("memory") && raises(m.group(3), m.group(4))));
            }
        }
        return out;
    }

    /** The commit a revert names, or empty. */
    public static Optional<String> reverted(String message) {
        if (!message.startsWith("Revert ")) {
            return Optional.empty();
        }
        Matcher m = REVERTS.matcher(message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** What a revert at {@code at} of those changes did: each value back, no longer an OOM raise. */
    public static List<MergedRightsizing> revertedAt(List<MergedRightsizing> changes, Instant at) {
        return changes.stream().map(c -> new MergedRightsizing(at, c.value(), c.to(), c.from(), false)).toList();
    }

    private static boolean raises(String from, String to) {
        Quantity a = Quantity.parse(from);
        Quantity b = Quantity.parse(to);
        return a != null && b != null && b.compareTo(a) > 0;
    }
}
