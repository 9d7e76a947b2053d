package io.kubesteward.analysis;

import static io.kubesteward.analysis.Charts.chart;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.model.CrdHandling;
import io.kubesteward.model.ReleaseValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartMetadataChangesTest {
    @Test
    void dependenciesThatMoveAndANewKubeVersionAreNamed() {
        Charts old = chart("stack", "56.0.0").file("Chart.yaml", """
                apiVersion: v2
                name: stack
                version: 56.0.0
                kubeVersion: ">=1.16.0-0"
                dependencies:
                  - name: crds
                    version: 0.0.0
                  - name: grafana
                    version: 7.3.9
                  - name: kube-state-metrics
                    version: 5.16.*
                """);
        Charts fresh = chart("stack", "88.0.0").file("Chart.yaml", """
                apiVersion: v2
                name: stack
                version: 88.0.0
                kubeVersion: ">=1.25.0-0"
                deprecated: true
                dependencies:
                  - name: crds
                    version: 0.0.0
                  - name: grafana
                    version: 10.1.*
                  - name: prometheus-windows-exporter
                    alias: windows
                    version: 0.12.*
                """);
        List<Finding> found = ImpactAnalysis.analyse(Charts.input(old, fresh, ReleaseValues.NONE, CrdHandling.helm("Helm"), Map.of()))
                .findings();
        assertEquals(List.of(
                "88.0.0 marks the chart deprecated: its maintainers have stopped working on it",
                "its dependencies change: `grafana` 7.3.9 → 10.1.*; adds `prometheus-windows-exporter (as windows)` 0.12.*;"
                        + " drops `kube-state-metrics`",
                "88.0.0 requires Kubernetes >=1.25.0-0 (was >=1.16.0-0)"), found.stream().map(Finding::summary).toList());
    }
}
