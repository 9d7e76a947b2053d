package io.kubesteward.analysis;

import io.kubesteward.model.ApiRemoval;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Objects the new version renders with an API version the cluster no longer serves (blocking: Helm's upgrade fails)
 * or will stop serving at the next minor (attention: the cluster upgrade will break the release), from the removal
 * table in {@code rules/} and the user's rules; only attention when the Kubernetes version is Steward's assumption.
 * An object the current version renders at a removed API and the new one moves to a served API is attention too:
 * Helm reads the release's stored manifest before it upgrades, and cannot map the removed kind.
 */
final class RemovedApis {
    private static final Pattern MINOR = Pattern.compile("^v?(\\d+)\\.(\\d+)");

    private RemovedApis() {
    }

    static List<Finding> check(RenderedManifest from, RenderedManifest to, ImpactInput in, Renders renders) {
        Matcher m = MINOR.matcher(renders.kubeVersion());
        if (!m.find() || !m.group(1).equals("1")) {
            return List.of();
        }
        int minor = Integer.parseInt(m.group(2));
        List<Finding> out = new ArrayList<>();
        for (RenderedResource r : to.resources().values()) {
            removal(r, minor + 1, renders.removals()).ifPresent(removal -> out.add(rendered(r, removal, minor, from, in, renders)));
        }
        for (RenderedResource old : from.resources().values()) {
            RenderedResource now = to.resources().get(old.key());
            if (renders.target().storedRelease() != null && now != null && !now.apiVersion().equals(old.apiVersion())
                    && removal(now, minor, renders.removals()).isEmpty()) {
                removal(old, minor, renders.removals()).ifPresent(removal -> out.add(stored(old, now, removal, in, renders)));
            }
        }
        return out;
    }

    private static Optional<ApiRemoval> removal(RenderedResource r, int byMinor, List<ApiRemoval> removals) {
        return removals.stream().filter(x -> x.apiVersion().equals(r.apiVersion()) && x.kind().equals(r.kind()) && x.removedInMinor() <= byMinor)
                .findFirst();
    }

    private static Finding rendered(RenderedResource r, ApiRemoval removal, int minor, RenderedManifest from, ImpactInput in, Renders renders) {
        boolean now = removal.removedInMinor() <= minor;
        RenderedResource old = from.resources().get(r.key());
        boolean already = old != null && old.apiVersion().equals(r.apiVersion());
        Severity severity = now && !renders.target().assumed() ? Severity.BLOCKING : Severity.ATTENTION;
        List<String> details = new ArrayList<>();
        details.add("From " + r.source() + (already ? "; the current version renders it the same way" : "") + ". "
                + (removal.replacement() == null ? "The kind has no replacement at another version."
                : "Its replacement is " + removal.replacement() + "; a newer chart version, or a values setting"
                + " that selects the API version, may render it."));
        if (renders.target().assumed()) {
            details.add(assumption(renders));
        }
        return new Finding(severity, "apis", in.toVersion() + " renders " + r.shown() + " as " + r.apiVersion() + ", which Kubernetes "
                + removal.removedIn() + " no longer serves; " + (renders.target().assumed() ? "Steward assumed Kubernetes " + renders.kubeVersion()
                : renders.kubeSource() + " runs " + renders.kubeVersion())
                + (now ? "" : ", so the next minor upgrade of the cluster breaks this release"), details);
    }

    private static Finding stored(RenderedResource old, RenderedResource now, ApiRemoval removal, ImpactInput in, Renders renders) {
        List<String> details = new ArrayList<>();
        details.add("Helm (helm upgrade, Flux's helm-controller, helmfile) builds the objects of the release's stored manifest"
                + " before upgrading and fails with \"unable to build kubernetes objects from current release manifest\" on "
                + old.apiVersion() + " " + old.kind() + ". Rewrite the stored manifest first: helm mapkubeapis " + renders.target().storedRelease()
                + " (the helm-mapkubeapis plugin).");
        if (renders.target().assumed()) {
            details.add(assumption(renders));
        }
        return new Finding(Severity.ATTENTION, "apis", in.fromVersion() + " renders " + old.shown() + " as " + old.apiVersion()
                + ", removed in Kubernetes " + removal.removedIn() + "; " + in.toVersion() + " moves it to " + now.apiVersion()
                + ", but the release Helm stored still holds the removed version", details);
    }

    private static String assumption(Renders renders) {
        return "Steward assumed Kubernetes " + renders.kubeVersion() + " (" + renders.kubeSource() + "): set charts.kubernetesVersion, or"
                + " let Steward read the cluster, for a verdict on the cluster this release runs in.";
    }
}
