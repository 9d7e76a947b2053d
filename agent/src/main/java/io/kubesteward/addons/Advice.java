package io.kubesteward.addons;

/**
 * How to bring an unmanaged add-on under Git, in words: declare its chart (or its manifests) in the
 * repository. The catalogue's own advice replaces this for add-ons that are upgraded another way.
 */
final class Advice {
    private Advice() {
    }

    static String unmanaged(FoundAddon found) {
        AddonDefinition d = found.definition();
        if (d.advice() != null) {
            return d.advice();
        }
        String generated;
        if (found.chartVersion() != null || d.chartSource() != null) {
            String chart = found.chart() != null ? found.chart() : d.chartName().orElse(d.name());
            String from = d.chartSource() == null ? "" : " from " + d.chartSource().repository();
            String version = found.chartVersion() != null ? " at " + found.chartVersion()
                    : found.image() != null ? " (it runs " + imageText(found.image()) + " now)" : "";
            generated = "Not declared in the repository: add a HelmRelease (or an Argo CD Application) for chart " + chart + from
                    + version + " in namespace " + found.namespace() + ", and Steward will propose its upgrades.";
        } else {
            String image = found.image() == null ? "" : " with image " + imageText(found.image());
            generated = "Not declared in the repository: commit its manifests" + image + ", and Steward will propose new versions.";
        }
        return generated;
    }

    private static String imageText(ImageName image) {
        return image.repository() + (image.tag() == null ? "" : ":" + image.tag());
    }
}
