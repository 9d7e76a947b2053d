package io.kubesteward.analysis;

import static io.kubesteward.analysis.Charts.chart;
import static io.kubesteward.analysis.Charts.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.CrdHandling;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemovedValuesTest {
    private static final Charts OLD = chart("web", "1.0.0").file("values.yaml", """
            controller:
              replicaCount: 1
              hostNetwork: false
            podAnnotations: {}
            extraArgs: {}
            """);
    private static final Charts NEW = chart("web", "2.0.0").file("values.yaml", """
            controller:
              replicaCount: 1
              network:
                hostNetwork: false
            extraArgs: {}
            """);

    private static List<Finding> findings(io.kubesteward.model.ReleaseValues values) {
        return ImpactAnalysis.analyse(Charts.input(OLD, NEW, values, CrdHandling.helm("Helm"), Map.of())).findings();
    }

    @Test
    void aKeyTheOldChartHadAndTheNewOneLacksIsNamedWithWhereItIsSetAndWhereItMoved() {
        List<Finding> found = findings(values("controller.hostNetwork", true, 12, "controller.replicaCount", 2, 11));
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(Severity.ATTENTION, f.severity());
        assertEquals("`controller.hostNetwork`, set in apps/release.yaml:12, is not a value of web 2.0.0 any more: Helm ignores it",
                f.summary());
        assertEquals(List.of("`controller.hostNetwork` (apps/release.yaml:12): in the values of 1.0.0, not in those of 2.0.0;"
                + " 2.0.0 has `controller.network.hostNetwork`"), f.details());
    }

    @Test
    void keysBelowAFreeFormMapAreJudgedByTheMapAndKeysTheOldChartNeverHadAreNotJudged() {
        List<Finding> found = findings(values("podAnnotations.team", "a", 3, "extraArgs.v", "2", 4, "sidecar.enabled", true, 5));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).summary().startsWith("`podAnnotations`, set in apps/release.yaml:3"), found.get(0).summary());
    }

    @Test
    void valuesTheNewChartStillHasGiveNoFinding() {
        assertEquals(List.of(), findings(values("controller.replicaCount", 3, 2, "extraArgs.v", "1", 3)));
    }

    @Test
    void aKeyUnderAnEmptiedMapOrStillNamedByATemplateIsNotJudgedAndADependencyKeyIsSaidToBeDecidedThere() {
        Charts old = chart("mono", "0.10.0").file("values.yaml", """
                resources:
                  limits:
                    cpu: 100m
                service:
                  ports:
                    default:
                      internal: 80
                metrics:
                  monitor:
                    relabelings: []
                """);
        Charts fresh = chart("mono", "0.28.0").file("Chart.yaml", """
                apiVersion: v2
                name: mono
                version: 0.28.0
                dependencies:
                  - name: kube-state-metrics
                    alias: metrics
                    version: 8.4.0
                """).file("values.yaml", """
                resources: {}
                service:
                  enabled: false
                  # ports:
                  #   default: {internal: 80}
                metrics:
                  enabled: true
                """).file("templates/service.yaml", "{{- range $name, $port := .Values.service.ports }}\n{{- end }}\n");
        List<Finding> found = ImpactAnalysis.analyse(Charts.input(old, fresh, values("resources.limits.cpu", "200m", 3,
                "service.ports.default.internal", 8080L, 4, "metrics.monitor.relabelings", List.of(), 5), CrdHandling.helm("Helm"),
                Map.of())).findings().stream().filter(f -> f.check().equals("values")).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).details().get(0).startsWith("`metrics.monitor.relabelings` (apps/release.yaml:5): in the values of"
                + " 0.10.0, not in those of 0.28.0; it is passed to the dependency chart `metrics`"), found.get(0).details().toString());
    }
}
