package io.kubesteward.addons;

import java.util.List;

/**
 * What the plan says about an add-on's version, in the plan's own terms: its status id
 * ({@code update}, {@code no-update}, {@code held-back}, {@code lookup-failed}, {@code skipped}), the
 * newest version policy allows (the running or declared one when nothing newer is allowed; null when
 * unknown), the newest there is, why, and the proposals (branches) that carry the upgrade.
 */
public record VersionVerdict(String status, String newestAllowed, String newest, String reason, List<String> proposals) {
    public VersionVerdict {
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }

    /** Nothing was looked up, and why. */
    public static VersionVerdict notLookedUp(String why) {
        return new VersionVerdict("skipped", null, null, why, List.of());
    }
}
