package io.kubesteward.rightsizing;

import static io.kubesteward.rightsizing.Fixture.container;
import static io.kubesteward.rightsizing.Fixture.deployment;
import static io.kubesteward.rightsizing.Fixture.history;
import static io.kubesteward.rightsizing.Fixture.plan;
import static io.kubesteward.rightsizing.Fixture.vpa;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pod's QoS class as Kubernetes decides it, before and after the policy's change. */
class QosClassTest {
    @Test
    void the_worked_example_is_burstable_and_stays_so() {
        WorkloadPlan p = plan(deployment("api", 4, container("api", Declared.of("1000m", "2000m"), Declared.of("2Gi", "2Gi"),
                vpa("163m", "120m", "420m", "700Mi", "560Mi", "980Mi"), history("9.2", "910Mi"))));
        assertEquals(QosClass.BURSTABLE, p.qosBefore());
        assertEquals(QosClass.BURSTABLE, p.qosAfter());
    }

    @Test
    void requests_equal_to_limits_for_both_resources_are_guaranteed_and_a_request_left_out_is_its_limit() {
        WorkloadPlan p = plan(deployment("db", 1, container("db", Declared.of(null, "1"), Declared.of("1Gi", "1Gi"),
                vpa("900m", "800m", "1", "900Mi", "800Mi", "1Gi"), history("9", "950Mi"))));
        assertEquals(QosClass.GUARANTEED, p.qosBefore());
        assertEquals(QosClass.GUARANTEED, p.qosAfter(), "the policy keeps request = limit");
    }

    @Test
    void no_request_or_limit_anywhere_is_best_effort() {
        WorkloadPlan p = plan(deployment("job", 1, container("job", Declared.NONE, Declared.NONE, Map.of(), null)));
        assertEquals(QosClass.BEST_EFFORT, p.qosBefore());
        assertEquals(QosClass.BEST_EFFORT, p.qosAfter());
    }

    @Test
    void an_injected_sidecar_without_limits_makes_a_guaranteed_looking_pod_burstable() {
        ContainerSizingFacts db = container("db", Declared.of(null, "1"), Declared.of("1Gi", "1Gi"),
                vpa("900m", "800m", "1", "900Mi", "800Mi", "1Gi"), history("9", "950Mi"));
        ContainerSizingFacts proxy = container("istio-proxy", Declared.of("100m", null), Declared.of("128Mi", null), Map.of(), null)
                .withScope(ContainerScope.REGULAR, false);
        WorkloadPlan p = plan(deployment("db", 1, db, proxy));
        assertEquals(QosClass.BURSTABLE, p.qosBefore(), "Kubernetes counts every container of the pod, injected or not");
        assertEquals(QosClass.BURSTABLE, p.qosAfter());
    }
}
