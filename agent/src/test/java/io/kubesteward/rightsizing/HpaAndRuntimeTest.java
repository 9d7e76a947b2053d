package io.kubesteward.rightsizing;

import static io.kubesteward.rightsizing.Fixture.line;
import static io.kubesteward.rightsizing.Fixture.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.rightsizing.Line.Field;
import io.kubesteward.rightsizing.Line.Status;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An HPA on a resource keeps its request; managed-heap runtimes keep their memory and their CPU limit. */
class HpaAndRuntimeTest {
    private static final ManagedHeap JVM = new ManagedHeap("jvm", "env JAVA_TOOL_OPTIONS sets -XX:MaxRAMPercentage");

    private static ContainerSizingFacts api(Declared cpu, Declared memory) {
        return Fixture.container("app", cpu, memory, Fixture.vpa("163m", "120m", "420m", "700Mi", "600Mi", "980Mi"),
                Fixture.history("9.2", "910Mi"));
    }

    @CatalogueEntry(61)
    @Test
    void an_hpa_on_cpu_keeps_the_cpu_request_and_memory_is_still_sized() {
        WorkloadFacts w = Fixture.deployment("api", 4, api(Declared.of("1000m", null), Declared.of("2Gi", null))).withHpa(Set.of(Resource.CPU));
        Verdict v = Fixture.only(w);
        assertInstanceOf(Proposal.class, v);
        Line cpu = line(v, Resource.CPU, Field.REQUEST);
        assertEquals(Status.BLOCKED, cpu.status());
        assertEquals(Reason.Code.HPA, cpu.reason().code());
        assertEquals(q("1000m"), cpu.proposed());
        // T 700Mi → 704Mi, held at 50 % of 2Gi this time
        assertEquals(q("1Gi"), line(v, Resource.MEMORY, Field.REQUEST).proposed());
        assertTrue(v.gates().stream().anyMatch(g -> g.name().equals("HPA") && !g.passed() && g.detail().contains("cpu")));
    }

    @CatalogueEntry(61)
    @Test
    void an_hpa_on_cpu_also_keeps_a_guaranteed_cpu_limit_so_the_qos_class_stays() {
        WorkloadFacts w = Fixture.deployment("api", 4, api(Declared.of("2", "2"), Declared.of("2Gi", "2Gi"))).withHpa(Set.of(Resource.CPU));
        Verdict v = Fixture.only(w);
        // without the HPA: max(T, U) = 420m, whole cores → 1
        assertEquals(q("1"), line(v, Resource.CPU, Field.REQUEST).recommended());
        assertEquals(q("2"), line(v, Resource.CPU, Field.REQUEST).proposed());
        assertEquals(q("2"), line(v, Resource.CPU, Field.LIMIT).proposed());
        assertEquals(Reason.Code.HPA, line(v, Resource.CPU, Field.LIMIT).reason().code());
        assertEquals(q("1088Mi"), line(v, Resource.MEMORY, Field.LIMIT).proposed());
    }

    @CatalogueEntry(61)
    @Test
    void an_hpa_on_memory_leaves_cpu_free() {
        WorkloadFacts w = Fixture.deployment("api", 4, api(Declared.of("1000m", "2000m"), Declared.of("2Gi", "2Gi")))
                .withHpa(Set.of(Resource.MEMORY));
        Verdict v = Fixture.only(w);
        assertEquals(q("500m"), line(v, Resource.CPU, Field.REQUEST).proposed());
        assertEquals(Reason.Code.HPA, line(v, Resource.MEMORY, Field.REQUEST).reason().code());
    }

    @Test
    void a_jvm_gets_its_cpu_request_lowered_but_never_its_cpu_limit_and_memory_cuts_are_advisory() {
        ContainerSizingFacts c = api(Declared.of("1000m", "2000m"), Declared.of("2Gi", "2Gi")).withHeap(JVM);
        Verdict v = Fixture.only(Fixture.deployment("api", 4, c));
        Proposal p = assertInstanceOf(Proposal.class, v);
        assertEquals(q("500m"), line(p, Resource.CPU, Field.REQUEST).proposed());
        Line cpuLimit = line(p, Resource.CPU, Field.LIMIT);
        assertEquals(Status.BLOCKED, cpuLimit.status());
        assertEquals(Reason.Code.MANAGED_HEAP, cpuLimit.reason().code());
        assertEquals(q("2000m"), cpuLimit.proposed());
        Line memory = line(p, Resource.MEMORY, Field.REQUEST);
        assertEquals(Status.ADVISORY, memory.status());
        assertEquals(q("1088Mi"), memory.recommended(), "the advisory says what it would be");
        assertEquals(q("2Gi"), memory.proposed());
        assertEquals(Status.ADVISORY, line(p, Resource.MEMORY, Field.LIMIT).status());
        assertTrue(memory.reason().detail().contains("MaxRAMPercentage"), memory.reason().detail());
        assertTrue(p.gates().stream().anyMatch(g -> g.name().equals("runtime") && !g.passed()));
    }

    @Test
    void a_jvm_may_grow() {
        ContainerSizingFacts c = Fixture.container("app", Declared.of("500m", null), Declared.of("2Gi", "2Gi"),
                Fixture.vpa("500m", "450m", "600m", "3Gi", "2500Mi", "3500Mi"), Fixture.history("9", "3Gi")).withHeap(JVM);
        Verdict v = Fixture.only(Fixture.deployment("api", 2, c));
        // max(3Gi, 1.15 × 3Gi = 3532.8Mi) → 3584Mi
        assertEquals(q("3584Mi"), line(v, Resource.MEMORY, Field.LIMIT).proposed());
        assertEquals("3584Mi", line(v, Resource.MEMORY, Field.LIMIT).proposedText());
    }

    @Test
    void a_guaranteed_jvm_keeps_its_cpu_since_request_must_stay_equal_to_a_limit_that_never_goes_down() {
        ContainerSizingFacts c = api(Declared.of("2", "2"), Declared.of("2Gi", "2Gi")).withHeap(JVM);
        Verdict v = Fixture.only(Fixture.deployment("api", 4, c));
        assertEquals(Reason.Code.MANAGED_HEAP, line(v, Resource.CPU, Field.REQUEST).reason().code());
        assertEquals(q("2"), line(v, Resource.CPU, Field.LIMIT).proposed());
    }
}
