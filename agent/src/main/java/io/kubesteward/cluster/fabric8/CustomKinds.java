package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.List;

/**
 * Custom resources read as generic objects with an explicit definition, so no model dependency and
 * no API discovery are needed; a kind that is not installed answers 404.
 */
final class CustomKinds {
    static final ResourceDefinitionContext VPA = context("autoscaling.k8s.io", "v1", "VerticalPodAutoscaler", "verticalpodautoscalers");
    static final ResourceDefinitionContext VPA_CHECKPOINT = context("autoscaling.k8s.io", "v1", "VerticalPodAutoscalerCheckpoint",
            "verticalpodautoscalercheckpoints");
    static final ResourceDefinitionContext ARGO_APPLICATION = context("argoproj.io", "v1alpha1", "Application", "applications");
    /** Newest first: Flux 2.3+ serves v2; older installations only the betas. */
    static final List<ResourceDefinitionContext> FLUX_HELM_RELEASE = List.of(
            context("helm.toolkit.fluxcd.io", "v2", "HelmRelease", "helmreleases"),
            context("helm.toolkit.fluxcd.io", "v2beta2", "HelmRelease", "helmreleases"),
            context("helm.toolkit.fluxcd.io", "v2beta1", "HelmRelease", "helmreleases"));

    private CustomKinds() {
    }

    private static ResourceDefinitionContext context(String group, String version, String kind, String plural) {
        return new ResourceDefinitionContext.Builder().withGroup(group).withVersion(version).withKind(kind).withPlural(plural)
                .withNamespaced(true).build();
    }
}
