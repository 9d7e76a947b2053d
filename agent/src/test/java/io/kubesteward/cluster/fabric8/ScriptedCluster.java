package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scripts an expectations-mode mock server: every list the reader sends answers empty unless a test
 * says otherwise. The client writes list queries as {@code continue=…&limit=…}.
 */
final class ScriptedCluster {
    /** Every list path the reader requests across all namespaces. */
    static final List<String> ALL_LISTS = List.of("/api/v1/nodes", "/apis/apps/v1/deployments", "/apis/apps/v1/statefulsets",
            "/apis/apps/v1/daemonsets", "/apis/batch/v1/cronjobs", "/apis/batch/v1/jobs", "/apis/apps/v1/replicasets", "/api/v1/pods",
            "/apis/autoscaling/v2/horizontalpodautoscalers", "/apis/autoscaling.k8s.io/v1/verticalpodautoscalers",
            "/apis/autoscaling.k8s.io/v1/verticalpodautoscalercheckpoints", "/api/v1/limitranges", "/api/v1/resourcequotas",
            "/apis/helm.toolkit.fluxcd.io/v2/helmreleases", "/apis/argoproj.io/v1alpha1/applications");

    private final KubernetesMockServer server;
    private final long pageSize;

    ScriptedCluster(KubernetesMockServer server, long pageSize) {
        this.server = server;
        this.pageSize = pageSize;
        server.setVersionInfo(new VersionInfo.Builder().withMajor("1").withMinor("30").withGitVersion("v1.30.4")
                .withPlatform("linux/amd64").build());
    }

    /** First page of a path (no continue token). */
    String first(String path) {
        return path + "?limit=" + pageSize;
    }

    String next(String path, String token) {
        return path + "?continue=" + token + "&limit=" + pageSize;
    }

    void answer(String pathAndQuery, Object body) {
        server.expect().get().withPath(pathAndQuery).andReturn(200, body).always();
    }

    void fail(String pathAndQuery, int code, String reason) {
        server.expect().get().withPath(pathAndQuery).andReturn(code, status(code, reason)).always();
    }

    /** Empty lists for every path not scripted yet (expectations are matched first-registered first). */
    void emptyElsewhere(List<String> paths) {
        for (String path : paths) {
            answer(first(path), list(null));
        }
    }

    /** A list reply; {@code continueToken} null on the last page. */
    static Map<String, Object> list(String continueToken, Object... items) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("resourceVersion", "1");
        if (continueToken != null) {
            meta.put("continue", continueToken);
        }
        return Map.of("apiVersion", "v1", "kind", "List", "metadata", meta, "items", List.of(items));
    }

    static Status status(int code, String reason) {
        return new StatusBuilder().withStatus("Failure").withCode(code).withReason(reason)
                .withMessage(reason.toLowerCase() + ": scripted by the test").build();
    }
}
