package io.kubesteward.addons;

import io.kubesteward.model.ArgoApplication;
import io.kubesteward.model.ArgoSource;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.ClusterOrigin;
import io.kubesteward.model.ContainerRole;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.FluxHelmRelease;
import io.kubesteward.model.HelmReleaseSummary;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.ServerVersion;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.Span;
import io.kubesteward.model.StatusCondition;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadContainer;
import io.kubesteward.model.WorkloadKind;
import io.kubesteward.model.WorkloadRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small inventories and declarations for the add-on tests, written the way the cluster reader and the extractors make them. */
final class Clusters {
    static final Instant AT = Instant.parse("2024-06-03T08:00:00Z");

    private Clusters() {
    }

    static Workload workload(WorkloadKind kind, String namespace, String name, Map<String, String> labels, String... images) {
        List<WorkloadContainer> containers = new ArrayList<>();
        for (int i = 0; i < images.length; i++) {
            containers.add(new WorkloadContainer("c" + i, ContainerRole.CONTAINER, images[i], List.of(), null, List.of()));
        }
        return new Workload(new WorkloadRef(kind, namespace, name), labels, Map.of(), 1, List.of(), AT, null, containers, List.of());
    }

    static Workload deployment(String namespace, String name, Map<String, String> labels, String... images) {
        return workload(WorkloadKind.DEPLOYMENT, namespace, name, labels, images);
    }

    static FluxHelmRelease flux(String namespace, String name, String chart, String declared, String installed, StatusCondition ready) {
        return new FluxHelmRelease(namespace, name, "helm.toolkit.fluxcd.io/v2", chart, declared, "HelmRepository/flux-system/" + chart,
                null, null, installed, null, installed, declared, ready == null ? List.of() : List.of(ready));
    }

    static HelmReleaseSummary helm(String namespace, String name, String chart, String version) {
        return new HelmReleaseSummary(namespace, name, 3, chart, version, null, "deployed");
    }

    static ArgoApplication argo(String name, String destination, String chart, String target, String synced) {
        return new ArgoApplication("argocd", name, "default", "https://kubernetes.default.svc", destination,
                List.of(new ArgoSource("https://charts.example.com", chart, null, target)), "OutOfSync", "Healthy",
                synced == null ? List.of() : List.of(synced), List.of());
    }

    static ClusterInventory inventory(List<Workload> workloads, List<FluxHelmRelease> flux, List<HelmReleaseSummary> helm,
                                      List<ArgoApplication> argo) {
        return new ClusterInventory(new ClusterOrigin("test", AT), new ServerVersion("1", "29+", "v1.29.4-eks-036c24b", "linux/amd64"),
                List.of(), workloads, List.of(), List.of(), List.of(), List.of(), List.of(), flux, argo, helm, List.of());
    }

    static ClusterInventory workloads(Workload... workloads) {
        return inventory(List.of(workloads), List.of(), List.of(), List.of());
    }

    static Declaration chart(String file, int line, DeclarationKind kind, String name, String version, String repository) {
        PackageRef pkg = new PackageRef(repository.startsWith("oci://") ? SourceKind.OCI_CHART : SourceKind.HELM_REPOSITORY, repository, name);
        return new Declaration(file, kind, name, version, new Span(0, 1, line, 1), pkg, null);
    }

    static Declaration image(String file, int line, String repository, String tag) {
        ImageName image = ImageName.parse(repository);
        return new Declaration(file, DeclarationKind.CONTAINER_IMAGE, repository, tag, new Span(0, 1, line, 1), image.packageRef(), null);
    }

    static AddonDefinition addon(String name, List<String> images, List<String> labels, List<String> charts, PackageRef chart,
                                 PackageRef image) {
        return new AddonDefinition(name, null, images, labels, charts, null, chart, image, false, null);
    }

    static AddonDefinition certManager() {
        return addon("cert-manager", List.of("quay.io/jetstack/cert-manager-*"), List.of("app.kubernetes.io/name=cert-manager"),
                List.of("cert-manager"), AddonDefinition.chart("https://charts.jetstack.io", "cert-manager"),
                AddonDefinition.image("quay.io/jetstack/cert-manager-controller"));
    }

    static AddonDefinition coredns() {
        return addon("coredns", List.of("registry.k8s.io/coredns/coredns", "*.dkr.ecr.*.amazonaws.com/eks/coredns"),
                List.of("k8s-app=kube-dns"), List.of("coredns"), AddonDefinition.chart("https://coredns.github.io/helm", "coredns"),
                AddonDefinition.image("registry.k8s.io/coredns/coredns"));
    }

    static StatusCondition ready(boolean ready, String reason, String message) {
        return new StatusCondition("Ready", ready ? "True" : "False", reason, message, AT);
    }
}
