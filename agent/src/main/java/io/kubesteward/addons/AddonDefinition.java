package io.kubesteward.addons;

import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import java.util.List;
import java.util.Optional;

/**
 * One add-on of the catalogue: how to recognise it in the cluster (image repository globs,
 * {@code key=value} labels, chart names) and where its newer versions come from: {@code chartSource}
 * (a Helm repository or OCI chart) and {@code imageSource} (an image repository), either may be null.
 * {@code versionLabel} names a workload label that carries the add-on's version (Flux's
 * {@code app.kubernetes.io/version}); {@code followsServerVersion} keeps its versions to the API
 * server's minor (kube-proxy). {@code advice} is said to people when it is not managed in Git.
 */
public record AddonDefinition(
        String name,
        String description,
        List<String> images,
        List<String> labels,
        List<String> charts,
        String versionLabel,
        PackageRef chartSource,
        PackageRef imageSource,
        boolean followsServerVersion,
        String advice) {

    public AddonDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("add-on name is required");
        }
        images = images == null ? List.of() : List.copyOf(images);
        labels = labels == null ? List.of() : List.copyOf(labels);
        charts = charts == null ? List.of() : List.copyOf(charts);
        if (chartSource != null && !chartSource.kind().chart()) {
            throw new IllegalArgumentException("add-on " + name + ": a chart source is a Helm repository or an OCI chart");
        }
        if (imageSource != null && !SourceKind.DOCKER_IMAGE.equals(imageSource.kind())) {
            throw new IllegalArgumentException("add-on " + name + ": an image source is an image repository");
        }
    }

    /** The chart source from a catalogue's {@code repository} ({@code https://…} or {@code oci://…}) and chart name; null when none. */
    public static PackageRef chart(String repository, String chart) {
        if (repository == null || chart == null) {
            return null;
        }
        String base = repository.endsWith("/") ? repository.substring(0, repository.length() - 1) : repository;
        return new PackageRef(base.startsWith("oci://") ? SourceKind.OCI_CHART : SourceKind.HELM_REPOSITORY, base, chart);
    }

    /** The image source from a repository written without tag; null when none. */
    public static PackageRef image(String repository) {
        return repository == null ? null : ImageName.parse(repository).packageRef();
    }

    /** The chart name the catalogue knows this add-on by, for advice. */
    Optional<String> chartName() {
        return chartSource != null ? Optional.of(chartSource.name()) : charts.stream().findFirst();
    }
}
