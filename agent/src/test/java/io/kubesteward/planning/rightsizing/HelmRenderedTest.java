package io.kubesteward.planning.rightsizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.ReleaseIdentity;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.Span;
import io.kubesteward.model.Workload;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which chart declaration makes the release a Helm-rendered workload belongs to, and at which version it runs. */
class HelmRenderedTest {
    private static Declaration chart(String file, String chart, String version) {
        return new Declaration(file, DeclarationKind.HELMFILE_RELEASE, chart, version, new Span(10, 15, 3, 5),
                new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.example.com", chart), null);
    }

    private static Workload rendered(String namespace, String release, String chartLabel) {
        Map<String, String> labels = chartLabel == null ? Map.of("app.kubernetes.io/instance", release, "app.kubernetes.io/managed-by", "Helm")
                : Map.of("app.kubernetes.io/instance", release, "app.kubernetes.io/managed-by", "Helm", "helm.sh/chart", chartLabel);
        return Clusters.deployment(namespace, release, labels, Map.of(), "100m", null, "128Mi", null);
    }

    private static HelmRendered.Found found(Workload w, HelmRendered.ChartRelease... charts) {
        ClusterInventory cluster = Clusters.of(List.of(w), List.of(Clusters.workedExampleVpa(w.ref().namespace(), w.ref().name())), List.of(),
                List.of());
        return HelmRendered.of(cluster, List.of(), List.of(charts));
    }

    @Test
    void a_release_the_repository_names_without_a_namespace_matches_only_when_the_chart_agrees() {
        HelmRendered.ChartRelease redis = new HelmRendered.ChartRelease(chart("helmfile.yaml", "redis", "18.6.1"),
                new ReleaseIdentity("cache", null), null);
        assertEquals(1, found(rendered("data", "cache", "redis-18.6.1"), redis).targets().size());
        assertEquals("18.6.1", found(rendered("data", "cache", "redis-18.6.1"), redis).targets().get(0).version());
        assertEquals(0, found(rendered("data", "cache", "postgresql-12.1.0"), redis).targets().size(), "another chart's release of that name");
        assertEquals(0, found(rendered("data", "cache", null), redis).targets().size(), "nothing says which chart runs");
        assertEquals(0, found(rendered("data", "cache", "redis-cluster-9.0.1"), redis).targets().size(), "redis-cluster is not redis");
    }

    @Test
    void a_chart_label_gives_a_version_only_when_a_semantic_version_follows_the_chart_name() {
        assertEquals("18.6.1", HelmRendered.labelled("redis-18.6.1", "redis"));
        assertEquals("1.0.0-rc.1", HelmRendered.labelled("web-1.0.0-rc.1", "web"));
        assertNull(HelmRendered.labelled("redis-cluster-9.0.1", "redis"));
        assertNull(HelmRendered.labelled("redis", "redis"));
    }
}
