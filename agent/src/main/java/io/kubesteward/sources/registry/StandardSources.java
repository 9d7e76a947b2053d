package io.kubesteward.sources.registry;

import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.git.GitTagsSource;
import io.kubesteward.sources.helm.HelmRepositorySource;
import io.kubesteward.sources.helm.HelmSourceSettings;
import io.kubesteward.sources.maven.MavenRepositorySource;
import io.kubesteward.sources.maven.MavenSourceSettings;
import io.kubesteward.sources.oci.OciRegistrySource;
import io.kubesteward.sources.oci.OciSourceSettings;
import java.util.List;

/**
 * Every version source Steward asks, listed here on purpose: adding one is its package and a line
 * here. Apart from the sources root, which the sources build on, so no package cycle runs through it.
 */
public final class StandardSources {
    private StandardSources() {
    }

    public static List<SourceType> types() {
        return List.of(
                new SourceType(SourceKind.HELM_REPOSITORY, c -> new HelmRepositorySource(c.http(), HelmSourceSettings.defaults()
                        .withMirrors(c.mirrors()).withCredentials(c.credentials()).withMaxIndexCodePoints(c.maxIndexCodePoints()))),
                new SourceType(SourceKind.MAVEN_ARTIFACT, c -> new MavenRepositorySource(c.httpSettings(),
                        MavenSourceSettings.defaults().withMirrors(c.mirrors()).withCredentials(c.credentials()))),
                new SourceType(SourceKind.DOCKER_IMAGE, c -> OciRegistrySource.images(c.http(), oci(c))),
                new SourceType(SourceKind.OCI_CHART, c -> OciRegistrySource.charts(c.http(), oci(c))),
                new SourceType(SourceKind.GIT_TAGS, c -> new GitTagsSource(c.gitTags())));
    }

    /** The sources of {@link #types()}, built for one run. */
    public static OpenSources open(SourceContext context) {
        return OpenSources.open(types(), context);
    }

    private static OciSourceSettings oci(SourceContext c) {
        return OciSourceSettings.defaults().withMirrors(c.mirrors()).withCredentials(c.registryLogins())
                .withInsecure(c.insecureRegistries());
    }
}
