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
}
