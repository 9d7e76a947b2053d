package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks that read the two renders: the rendered diff, images, RBAC, immutable fields, versions templated CRDs
 * stop serving, and removed APIs. A new version Helm refuses to render with the repository's values, where the
 * current one renders, is itself a finding: blocking when every value was read and every dependency bundled,
 * attention when some values were not read (the missing one may be the cause). A render that did not happen (Steward
 * gave up on it, or the archive lacks a dependency the templates may need) says nothing about the chart: it is named
 * among what was not read.
 */
final class RenderChecks {
    private RenderChecks() {
    }

    static List<Finding> check(ImpactInput in, List<String> notRead) {
        Renders renders = in.renders();
        List<Finding> out = new ArrayList<>();
        if (renders == null) {
            return out;
        }
        notRead.addAll(renders.leftOut());
        if (!renders.to().ok()) {
            toFailed(in, renders, out, notRead);
            return out;
        }
        String namespace = renders.target().namespace();
        RenderedManifest to = RenderedManifest.parse(renders.to().manifest(), namespace, renders.dropped());
        RenderedManifest from = RenderedManifest.parse(renders.from().ok() ? renders.from().manifest() : "", namespace, renders.dropped());
        notRead.addAll(to.problems().stream().map(p -> "a rendered document of " + in.toVersion() + ": " + p).toList());
        if (renders.from().ok()) {
            out.addAll(RenderedDiff.check(from, to, in.fromVersion(), in.toVersion(), renders.kubeVersion()));
            out.addAll(ImageChanges.check(from, to));
            out.addAll(RbacChanges.check(from, to));
            out.addAll(ImmutableFields.check(from, to, in.toVersion()));
            out.addAll(CrdChanges.rendered(from, to, in));
        } else {
            notRead.add("the rendered diff: " + in.fromVersion() + " did not render (" + ChartFiles.firstLine(renders.from().failure()) + ")");
        }
        out.addAll(RemovedApis.check(from, to, in, renders));
        return out;
    }

    private static void toFailed(ImpactInput in, Renders renders, List<Finding> out, List<String> notRead) {
        String why = ChartFiles.firstLine(renders.to().failure());
        if (!renders.to().helmRefused()) {
            notRead.add("the rendered manifests: " + in.toVersion() + " did not render (" + why + ")");
        } else if (!renders.from().ok()) {
            notRead.add("the rendered manifests: " + in.toVersion() + " does not render with the values Steward read (" + why + "), and "
                    + in.fromVersion() + (renders.from().helmRefused() ? " does not either" : " did not render (" + ChartFiles.firstLine(
                    renders.from().failure()) + ")"));
        } else if (!renders.dropped().isEmpty()) {
            notRead.add("the rendered manifests: " + in.toVersion() + " does not render without the dependencies its archive leaves out ("
                    + String.join(", ", renders.dropped()) + "): " + why);
        } else {
            boolean unknown = !in.values().unresolved().isEmpty();
            out.add(new Finding(unknown ? Severity.ATTENTION : Severity.BLOCKING, "rendered", "helm template fails for "
                    + in.toVersion() + " with the repository's values" + (unknown ? " (some values were not read)" : "")
                    + ", where " + in.fromVersion() + " renders: " + why, List.of("Helm said: " + renders.to().failure())));
        }
    }
}
