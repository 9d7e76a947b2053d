package io.kubesteward.addons;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.Release;
import io.kubesteward.model.ServerVersion;
import io.kubesteward.model.SourceKind;
import java.util.List;

/**
 * An unmanaged add-on planned like a declaration, so its newest allowed version goes through the
 * same lookups and package rules as the repository's: file {@code cluster:NAMESPACE/ADDON}, kind
 * {@code container-image} or {@code helm-chart-dependency}, named like the repository's own
 * declarations (the image repository, or the chart).
 */
public final class AddonLookups {
    public static final String FILE_PREFIX = "cluster:";

    private AddonLookups() {
    }

    /** Null when there is nothing to look up: no version in the cluster, or no source for it. */
    public static Declaration declaration(FoundAddon found, Running running) {
        if (!running.comparable()) {
            return null;
        }
        boolean image = SourceKind.DOCKER_IMAGE.equals(running.source().kind());
        String name = image ? running.source().repository() + "/" + running.source().name() : running.source().name();
        return new Declaration(FILE_PREFIX + found.namespace() + "/" + found.name(),
                image ? DeclarationKind.CONTAINER_IMAGE : DeclarationKind.CHART_DEPENDENCY, name, running.version(), null,
                running.source(), null);
    }

    /**
     * For an add-on whose versions follow the control plane's (kube-proxy): only releases of the API
     * server's major.minor. All of them when the server version is unknown.
     */
    public static List<Release> withinServerMinor(List<Release> releases, ServerVersion server) {
        if (server == null || server.major() == null || server.minor() == null) {
            return releases;
        }
        String minor = server.minor().replaceAll("\\D.*", "");
        String major = server.major().replaceAll("\\D.*", "");
        if (minor.isEmpty() || major.isEmpty()) {
            return releases;
        }
        String prefix = major + "." + minor + ".";
        return releases.stream().filter(r -> (r.version().startsWith("v") ? r.version().substring(1) : r.version()).startsWith(prefix))
                .toList();
    }
}
