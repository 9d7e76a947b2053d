package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks that read the two renders: the rendered diff, images, RBAC, immutable fields, versions templated CRDs
 * stop serving, and removed APIs. A new
 * version Helm refuses to render with the repository's values, where the current one renders, is itself a finding:
 * blocking when every value was read, attention when some were not (the missing one may be the cause).
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
            if (renders.from().ok()) {
                boolean unknown = !in.values().unresolved().isEmpty();
                out.add(new Finding(unknown ? Severity.ATTENTION : Severity.BLOCKING, "rendered", "helm template fails for "
                        + in.toVersion() + " with the repository's values" + (unknown ? " (some values were not read)" : "")
                        + ", where " + in.fromVersion() + " renders: " + ChartFiles.firstLine(renders.to().failure()),
                        List.of("Helm said: " + renders.to().failure())));
            } else {
                notRead.add("the rendered manifests: neither version renders with the values Steward read (" + ChartFiles.firstLine(renders.to().failure())
                        + ")");
            }
            return out;
        }
        RenderedManifest to = RenderedManifest.parse(renders.to().manifest());
        RenderedManifest from = renders.from().ok() ? RenderedManifest.parse(renders.from().manifest()) : RenderedManifest.parse("");
        notRead.addAll(to.problems().stream().map(p -> "a rendered document of " + in.toVersion() + ": " + p).toList());
        if (renders.from().ok()) {
            out.addAll(RenderedDiff.check(from, to, in.fromVersion(), in.toVersion(), renders.kubeVersion()));
            out.addAll(ImageChanges.check(from, to));
            out.addAll(RbacChanges.check(from, to));
            out.addAll(ImmutableFields.check(from, to, in.toVersion()));
            out.addAll(CrdChanges.rendered(from, to, in));
        } else {
            notRead.add("the rendered diff: " + in.fromVersion() + " does not render with the values Steward read ("
                    + ChartFiles.firstLine(renders.from().failure()) + ")");
        }
        out.addAll(RemovedApis.check(from, to, in.toVersion(), renders.kubeVersion(), renders.kubeSource(), renders.removals()));
        return out;
    }
}
