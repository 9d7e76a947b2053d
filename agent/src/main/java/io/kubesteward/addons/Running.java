package io.kubesteward.addons;

import io.kubesteward.model.PackageRef;

/**
 * The version an add-on runs and the source its newer versions are looked up in, chosen so the two
 * compare: a chart version against the chart's repository, a version label or an image tag against
 * an image repository. {@code version} is null when the cluster shows none; {@code source} is null
 * when the catalogue names no source for what runs. {@code from} says where the version was read.
 */
public record Running(String version, PackageRef source, String from) {

    public static Running of(FoundAddon found) {
        AddonDefinition d = found.definition();
        ImageName image = found.image();
        if (found.chartVersion() != null && d.chartSource() != null) {
            return new Running(found.chartVersion(), d.chartSource(), "chart " + found.chart());
        }
        if (found.labelVersion() != null && d.imageSource() != null) {
            return new Running(found.labelVersion(), d.imageSource(), "label " + d.versionLabel());
        }
        if (image != null && image.tag() != null) {
            return new Running(image.tag(), d.imageSource() != null ? d.imageSource() : image.packageRef(), "image " + image.repository());
        }
        if (found.chartVersion() != null) {
            return new Running(found.chartVersion(), null, "chart " + found.chart());
        }
        return new Running(null, d.imageSource() != null ? d.imageSource() : d.chartSource(),
                image != null ? "image " + image.repository() + " (no tag, digest only)" : "nothing that carries a version");
    }

    public boolean comparable() {
        return version != null && source != null;
    }
}
