package io.kubesteward.declarations.images;

/** Which Kubernetes objects other extractors read, or that hold no images of their own. */
final class ManifestKinds {
    private ManifestKinds() {
    }

    static boolean isHelmRelease(String apiVersion, String kind) {
        return kind.equals("HelmRelease") && apiVersion.startsWith("helm.toolkit.fluxcd.io/");
    }

    /**
     * Kustomizations (the kustomize extractor), Argo CD Applications (the Argo CD extractor) and
     * CustomResourceDefinitions, whose schemas describe {@code image} fields without setting any.
     */
    static boolean isReadElsewhere(String apiVersion, String kind) {
        return apiVersion.startsWith("kustomize.config.k8s.io/")
                || apiVersion.startsWith("kustomize.toolkit.fluxcd.io/") && kind.equals("Kustomization")
                || apiVersion.startsWith("argoproj.io/") && (kind.equals("Application") || kind.equals("ApplicationSet"))
                || apiVersion.startsWith("apiextensions.k8s.io/");
    }
}
