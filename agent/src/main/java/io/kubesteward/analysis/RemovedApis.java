package io.kubesteward.analysis;

import io.kubesteward.model.ApiRemoval;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Objects the new version renders with an API version the cluster no longer serves (blocking: Helm's upgrade fails)
 * or will stop serving at the next minor (attention: the cluster upgrade will break the release), from the removal
 * table in {@code rules/} and the user's rules.
 */
final class RemovedApis {
    private static final Pattern MINOR = Pattern.compile("^v?(\\d+)\\.(\\d+)");

    private RemovedApis() {
    }

    static List<Finding> check(RenderedManifest from, RenderedManifest to, String toVersion, String kubeVersion, String kubeSource,
                               List<ApiRemoval> removals) {
        Matcher m = MINOR.matcher(kubeVersion);
        if (!m.find() || !m.group(1).equals("1")) {
            return List.of();
        }
        int minor = Integer.parseInt(m.group(2));
        List<Finding> out = new ArrayList<>();
        for (RenderedResource r : to.resources().values()) {
            for (ApiRemoval removal : removals) {
                if (removal.apiVersion().equals(r.apiVersion()) && removal.kind().equals(r.kind()) && removal.removedInMinor() <= minor + 1) {
                    boolean now = removal.removedInMinor() <= minor;
                    RenderedResource old = from.resources().get(r.key());
                    boolean already = old != null && old.apiVersion().equals(r.apiVersion());
                    out.add(new Finding(now ? Severity.BLOCKING : Severity.ATTENTION, "apis", toVersion + " renders " + r.shown() + " as "
                            + r.apiVersion() + ", which Kubernetes " + removal.removedIn() + " no longer serves; " + kubeSource + " runs "
                            + kubeVersion + (now ? "" : ", so the next minor upgrade of the cluster breaks this release"),
                            List.of("From " + r.source() + (already ? "; the current version renders it the same way" : "") + ". "
                                    + (removal.replacement() == null ? "The kind has no replacement at another version."
                                    : "Its replacement is " + removal.replacement() + "; a newer chart version, or a values setting"
                                    + " that selects the API version, may render it."))));
                }
            }
        }
        return out;
    }
}
