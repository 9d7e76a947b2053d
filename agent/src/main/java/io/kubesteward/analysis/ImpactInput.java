package io.kubesteward.analysis;

import io.kubesteward.model.CrdHandling;
import io.kubesteward.model.ReleaseValues;
import io.kubesteward.render.ChartArchive;

/**
 * One chart declaration's upgrade: the chart's coordinates ({@code repository} as the declaration names it, an
 * {@code oci://} URL or an HTTP repository), both archives, the values the repository gives the release, who applies
 * its CRDs, where the repository has objects by API version, and both versions rendered (null when not rendered).
 */
public record ImpactInput(String repository, String chart, String fromVersion, String toVersion, ChartArchive from, ChartArchive to,
                          ReleaseValues values, CrdHandling crdHandling, RepositoryObjects objects, Renders renders) {

    /** Without renders: the checks that read the archives only. */
    public ImpactInput(String repository, String chart, String fromVersion, String toVersion, ChartArchive from, ChartArchive to,
                       ReleaseValues values, CrdHandling crdHandling, RepositoryObjects objects) {
        this(repository, chart, fromVersion, toVersion, from, to, values, crdHandling, objects, null);
    }

    public ImpactInput withRenders(Renders r) {
        return new ImpactInput(repository, chart, fromVersion, toVersion, from, to, values, crdHandling, objects, r);
    }

    /** The Helm command that prints the new version's CRDs (its dependencies' included). */
    String showCrdsCommand() {
        if (repository != null && repository.startsWith("oci://")) {
            return "helm show crds " + repository.replaceAll("/+$", "") + "/" + chart + " --version " + toVersion;
        }
        return "helm show crds --repo " + repository + " " + chart + " --version " + toVersion;
    }
}
