package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubesteward.model.ArgoApplication;
import io.kubesteward.model.ArgoSource;
import io.kubesteward.model.FluxHelmRelease;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the GitOps tools say is installed: Flux HelmRelease and Argo CD Application status, from generic objects. */
final class GitOpsConversion {
    private GitOpsConversion() {
    }

    static FluxHelmRelease fluxHelmRelease(GenericKubernetesResource resource) {
        Map<String, Object> body = resource.getAdditionalProperties();
        Object chart = Fields.at(body, "spec", "chart", "spec");
        Object source = chart != null ? Fields.at(chart, "sourceRef") : Fields.at(body, "spec", "chartRef");
        Object newest = Fields.at(body, "status", "history", 0);
        return new FluxHelmRelease(resource.getMetadata().getNamespace(), resource.getMetadata().getName(), resource.getApiVersion(),
                Fields.text(chart, "chart"), Fields.text(chart, "version"), sourceRef(source, resource.getMetadata().getNamespace()),
                Fields.text(body, "spec", "releaseName"), Fields.text(body, "spec", "targetNamespace"),
                Fields.text(newest, "chartVersion"), Fields.text(newest, "appVersion"),
                Fields.text(body, "status", "lastAppliedRevision"), Fields.text(body, "status", "lastAttemptedRevision"),
                Conditions.of(body), resource.getMetadata().getLabels() == null ? null
                        : resource.getMetadata().getLabels().get(io.kubesteward.model.Workload.FLUX_KUSTOMIZE_NAME));
    }

    static ArgoApplication argoApplication(GenericKubernetesResource resource) {
        Map<String, Object> body = resource.getAdditionalProperties();
        List<ArgoSource> sources = new ArrayList<>();
        Object single = Fields.at(body, "spec", "source");
        if (single != null) {
            sources.add(source(single));
        }
        Fields.list(body, "spec", "sources").forEach(s -> sources.add(source(s)));
        List<String> revisions = new ArrayList<>(Fields.texts(body, "status", "sync", "revisions"));
        String revision = Fields.text(body, "status", "sync", "revision");
        if (revisions.isEmpty() && revision != null) {
            revisions.add(revision);
        }
        return new ArgoApplication(resource.getMetadata().getNamespace(), resource.getMetadata().getName(),
                Fields.text(body, "spec", "project"), Fields.text(body, "spec", "destination", "server"),
                Fields.text(body, "spec", "destination", "namespace"), sources, Fields.text(body, "status", "sync", "status"),
                Fields.text(body, "status", "health", "status"), revisions, Fields.texts(body, "status", "summary", "images"));
    }

    private static ArgoSource source(Object source) {
        return new ArgoSource(Fields.text(source, "repoURL"), Fields.text(source, "chart"), Fields.text(source, "path"),
                Fields.text(source, "targetRevision"));
    }

    /** "Kind/namespace/name"; the namespace defaults to the HelmRelease's own. */
    private static String sourceRef(Object source, String defaultNamespace) {
        String kind = Fields.text(source, "kind");
        String name = Fields.text(source, "name");
        if (kind == null || name == null) {
            return null;
        }
        String namespace = Fields.text(source, "namespace");
        return kind + "/" + (namespace == null ? defaultNamespace : namespace) + "/" + name;
    }
}
