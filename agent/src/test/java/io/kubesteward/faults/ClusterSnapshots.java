package io.kubesteward.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cluster as {@code steward snapshot} writes it, for {@link HelmValuesTracingTest}: Helm-rendered workloads of an Argo
 * CD Application (apps), a helmfile release (data), a kustomize helmCharts entry (web), an umbrella chart's dependency (edge) and Flux HelmReleases (tools), each with a VPA in updateMode Off
 * whose recommendation is above what runs (no checkpoints: increases only).
 */
final class ClusterSnapshots {
    private ClusterSnapshots() {
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("namespaces"));
        Files.writeString(dir.resolve("cluster.yaml"), """
                apiVersion: steward.io/v1alpha1
                kind: ClusterSnapshot
                origin: {context: test, readAt: 2024-06-03T08:00:00Z}
                serverVersion: {major: "1", minor: "29", gitVersion: v1.29.4}
                """);
        Files.writeString(dir.resolve("namespaces/apps.yaml"), namespace("apps",
                workload("Deployment", "apps", "web-web", "web", "", """
                              - name: init
                                role: init
                                resources: {}
                              - name: web
                                role: container
                                resources: {requests: {cpu: 200m, memory: 256Mi}}
                        """),
                vpa("apps", "web", "Deployment", "web-web", "web", "cpu: 400m, memory: 400Mi", "cpu: 300m, memory: 350Mi", "cpu: 600m, memory: 600Mi")));
        Files.writeString(dir.resolve("namespaces/data.yaml"), namespace("data",
                workload("StatefulSet", "data", "stack-cache", "stack", "meta.helm.sh/release-name: stack, meta.helm.sh/release-namespace: data", """
                              - name: redis
                                role: container
                                resources: {requests: {memory: 256Mi}, limits: {memory: 1Gi}}
                        """)
                        + workload("Deployment", "data", "stack-exporter", "stack", "meta.helm.sh/release-name: stack, meta.helm.sh/release-namespace: data", """
                              - name: exporter
                                role: container
                                resources: {requests: {cpu: 50m}}
                        """),
                vpa("data", "cache", "StatefulSet", "stack-cache", "redis", "memory: 600Mi", "memory: 500Mi", "memory: 800Mi")
                        + vpa("data", "exporter", "Deployment", "stack-exporter", "exporter", "cpu: 120m", "cpu: 100m", "cpu: 200m")));
        Files.writeString(dir.resolve("namespaces/web.yaml"), namespace("web",
                (workload("Deployment", "web", "blog-web", "blog", "", """
                              - name: web
                                role: container
                                resources: {requests: {cpu: 100m, memory: 128Mi}}
                        """)
                        + workload("Deployment", "web", "site-web", "site", "", """
                              - name: web
                                role: container
                                resources: {requests: {cpu: 100m, memory: 128Mi}}
                        """)).replace("app.kubernetes.io/managed-by: Helm}", "app.kubernetes.io/managed-by: Helm,"
                        + " kustomize.toolkit.fluxcd.io/name: site, kustomize.toolkit.fluxcd.io/namespace: flux-system}") + shared("web"),
                vpa("web", "site", "Deployment", "site-web", "web", "cpu: 400m", "cpu: 300m", "cpu: 600m")
                        + vpa("web", "shared", "Deployment", "shared-web", "web", "cpu: 300m", "cpu: 250m", "cpu: 500m")
                        + vpa("web", "blog", "Deployment", "blog-web", "web", "cpu: 500m", "cpu: 400m", "cpu: 700m")));
        Files.writeString(dir.resolve("namespaces/edge.yaml"), namespace("edge",
                workload("Deployment", "edge", "edge-front", "edge", "meta.helm.sh/release-name: edge, meta.helm.sh/release-namespace: edge", """
                              - name: web
                                role: container
                                resources: {requests: {cpu: 100m, memory: 128Mi}}
                        """).replace("app.kubernetes.io/managed-by: Helm}", "app.kubernetes.io/managed-by: Helm, helm.sh/chart: front-1.0.0}")
                        + workload("Deployment", "edge", "edge-back", "edge", "meta.helm.sh/release-name: edge, meta.helm.sh/release-namespace: edge", """
                              - name: web
                                role: container
                                resources: {requests: {cpu: 100m, memory: 128Mi}}
                        """).replace("app.kubernetes.io/managed-by: Helm}", "app.kubernetes.io/managed-by: Helm, helm.sh/chart: back-1.0.0}"),
                vpa("edge", "edge", "Deployment", "edge-front", "web", "cpu: 400m", "cpu: 300m", "cpu: 600m")
                        + vpa("edge", "edge-back", "Deployment", "edge-back", "web", "cpu: 500m", "cpu: 400m", "cpu: 700m")));
        Files.writeString(dir.resolve("namespaces/tools.yaml"), namespace("tools",
                release("fixed", "fixed", "fixed", "{requests: {cpu: 100m}}") + release("echo", "echo", "echo", "{requests: {cpu: 100m}}")
                        + release("gone", "gone", "gone", "{requests: {cpu: 100m}}")
                        + release("secretive", "secretive-web", "web", "{requests: {cpu: 900m, memory: 128Mi}}")
                        + release("drifted", "drifted-web", "web", "{requests: {cpu: 300m, memory: 128Mi}}")
                        + shared("tools")
                        + release("moving", "moving-web", "web", "{requests: {cpu: 100m, memory: 128Mi}}")
                        .replace("app.kubernetes.io/managed-by: Helm}", "app.kubernetes.io/managed-by: Helm, helm.sh/chart: web-1.0.0}"),
                vpa("tools", "fixed", "Deployment", "fixed", "fixed", "cpu: 300m", "cpu: 250m", "cpu: 500m")
                        + vpa("tools", "echo", "Deployment", "echo", "echo", "cpu: 300m", "cpu: 250m", "cpu: 500m")
                        + vpa("tools", "gone", "Deployment", "gone", "gone", "cpu: 300m", "cpu: 250m", "cpu: 500m")
                        + vpa("tools", "secretive", "Deployment", "secretive-web", "web", "cpu: 950m", "cpu: 920m", "cpu: 1500m")
                        + vpa("tools", "shared", "Deployment", "shared-web", "web", "cpu: 300m", "cpu: 250m", "cpu: 500m")
                        + vpa("tools", "drifted", "Deployment", "drifted-web", "web", "cpu: 500m", "cpu: 400m", "cpu: 700m")
                        + vpa("tools", "moving", "Deployment", "moving-web", "web", "cpu: 300m", "cpu: 250m", "cpu: 500m")));
        return dir;
    }

    /** The Deployment of the web chart's release {@code shared} in {@code namespace}, labelled with its chart. */
    private static String shared(String namespace) {
        return workload("Deployment", namespace, "shared-web", "shared", "meta.helm.sh/release-name: shared, meta.helm.sh/release-namespace: "
                + namespace, "      - name: web\n        role: container\n        resources: {requests: {cpu: 100m, memory: 128Mi}}\n")
                .replace("app.kubernetes.io/managed-by: Helm}", "app.kubernetes.io/managed-by: Helm, helm.sh/chart: web-1.0.0}");
    }

    /** A Deployment of Helm release {@code release} in tools with one container. */
    private static String release(String release, String name, String container, String resources) {
        return workload("Deployment", "tools", name, release, "meta.helm.sh/release-name: " + release + ", meta.helm.sh/release-namespace: tools",
                "      - name: " + container + "\n        role: container\n        resources: " + resources + "\n");
    }

    private static String namespace(String name, String workloads, String vpas) {
        return "apiVersion: steward.io/v1alpha1\nkind: NamespaceSnapshot\nnamespace: " + name + "\nworkloads:\n" + workloads + "vpas:\n" + vpas;
    }

    private static String workload(String kind, String namespace, String name, String instance, String annotations, String containers) {
        return """
                  - ref: {kind: %s, namespace: %s, name: %s}
                    labels: {app.kubernetes.io/instance: %s, app.kubernetes.io/managed-by: Helm}
                    annotations: {%s}
                    replicas: 1
                    createdAt: 2024-01-15T08:00:00Z
                    templateChangedAt: 2024-04-20T09:00:00Z
                    containers:
                """.formatted(kind, namespace, name, instance, annotations) + containers;
    }

    private static String vpa(String namespace, String name, String kind, String target, String container, String t, String l, String u) {
        return """
                  - namespace: %s
                    name: %s
                    target: {apiVersion: apps/v1, kind: %s, name: %s}
                    updateMode: "Off"
                    recommendations:
                      - containerName: %s
                        target: {%s}
                        lowerBound: {%s}
                        upperBound: {%s}
                        uncappedTarget: {%s}
                    conditions:
                      - {type: RecommendationProvided, status: "True", lastTransitionTime: 2024-02-01T10:02:00Z}
                    createdAt: 2024-02-01T10:00:00Z
                """.formatted(namespace, name, kind, target, container, t, l, u, t);
    }
}
