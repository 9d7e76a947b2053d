package io.kubesteward.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.SourceFile;
import io.kubesteward.planning.Proposal;
import io.kubesteward.planning.Update;
import io.kubesteward.planning.rightsizing.Placement;
import io.kubesteward.planning.rightsizing.RightsizingPlan;
import io.kubesteward.planning.rightsizing.WorkloadResult;
import io.kubesteward.rightsizing.Line;
import io.kubesteward.rightsizing.Resource;
import io.kubesteward.rightsizing.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo (examples/gitops-repo against examples/cluster-snapshot) through the plan pipeline: RIGHTSIZING.md's worked example. */
class RightsizingPipelineTest {
    private static final String API = "clusters/prod/apps/api.yaml";
    private static final String BRANCH = "steward/rightsizing/apps";
    private final List<SourceFile> files = RightsizingRuns.demoRepository();
    private final PlanPipeline.Result result = RightsizingRuns.run(files, RightsizingRuns.demoCluster(), RightsizingRuns.DEFAULTS);
    private final RightsizingPlan plan = result.rightsizing();

    private WorkloadResult workload(String id) {
        return plan.workloads().stream().filter(w -> w.ref().toString().equals(id)).findFirst().orElseThrow();
    }

    private static Line line(Verdict v, Resource r, Line.Field f) {
        return v.lines().stream().filter(l -> l.resource() == r && l.field() == f).findFirst().orElseThrow();
    }

    @Test
    void the_worked_example_is_one_pull_request_whose_patch_writes_exactly_its_four_numbers() {
        assertEquals(List.of(BRANCH), plan.proposals().stream().map(p -> p.branch()).toList());
        ProposalEdits.Edited edited = result.edits().get(BRANCH);
        assertTrue(edited.ok(), edited.failure());
        String before = RightsizingRuns.content(files, API);
        String expected = before.replace("""
                            requests:
                              cpu: 1000m
                              memory: 2Gi
                            limits:
                              cpu: 2000m
                              memory: 2Gi
                """, """
                            requests:
                              cpu: 500m
                              memory: 1088Mi
                            limits:
                              cpu: 1000m
                              memory: 1088Mi
                """);
        assertFalse(expected.equals(before), "the fixture holds the worked example's values");
        assertEquals(List.of(new SourceFile(API, expected)), edited.changed());
        assertEquals("saves 57.75 USD/month ≥ 10 USD/month", plan.proposals().get(0).decision());
        assertEquals("prod-eu", plan.cluster(), "judged as read");
    }

    @Test
    void the_proposal_is_delivered_like_a_version_update_with_its_values_as_targets() {
        Proposal delivered = result.deliverable().stream().filter(p -> p.branch().equals(BRANCH)).findFirst().orElseThrow();
        assertEquals(List.of("500m", "1000m", "1088Mi", "1088Mi"), delivered.updates().stream().map(Update::newValue).toList());
        assertTrue(delivered.updates().stream().allMatch(u -> u.declaration().file().equals(API) && u.type() == null));
        assertEquals("rightsizing/apps", delivered.packageName());
        assertEquals(result.plan().proposals().size() + 1, result.deliverable().size());
        assertTrue(result.plan().outcomes().stream().noneMatch(o -> o.declaration().file().equals(API)
                && o.declaration().kind().id().equals("container-resources")), "resources stay out of the version plan");
    }

    @Test
    void a_helm_rendered_workload_is_reported_with_its_recommendation_and_release_and_not_edited() {
        WorkloadResult redis = workload("StatefulSet apps/redis-master");
        assertEquals(Placement.HELM_RELEASE, redis.source().placement());
        assertTrue(redis.source().detail().startsWith("rendered by Helm release apps/redis (chart redis 18.6.1, Flux HelmRelease apps/redis)"),
                redis.source().detail());
        assertNull(redis.branch());
        Verdict v = redis.plan().containers().get(0);
        assertEquals(1, v.evidence().oomKillsInLookback(), "the OOM kill of 2024-06-01");
        assertTrue(line(v, Resource.MEMORY, Line.Field.REQUEST).increases(), "under-provisioned: memory goes up");
        assertTrue(result.edits().keySet().stream().noneMatch(b -> b.contains("redis")));
    }

    @CatalogueEntry(62)
    @Test
    void a_workload_the_repository_does_not_declare_is_reported_with_its_recommendation() {
        WorkloadResult coredns = workload("Deployment kube-system/coredns");
        assertEquals(Placement.NOT_IN_REPOSITORY, coredns.source().placement());
        Line cpu = line(coredns.plan().containers().get(0), Resource.CPU, Line.Field.REQUEST);
        assertEquals("100m", cpu.current().text(), "the running value stands in for the source's");
        assertEquals("50m", cpu.proposedText(), "over-provisioned: halved this time");
        assertNull(coredns.branch());
        WorkloadResult metrics = workload("Deployment kube-system/metrics-server");
        assertTrue(metrics.plan().containers().get(0).toString().contains("low-confidence"), "a young VPA: no decrease yet");
    }

    @Test
    void without_a_cluster_there_is_no_rightsizing() {
        PlanPipeline.Result none = RightsizingRuns.run(files, null, RightsizingRuns.DEFAULTS);
        assertNull(none.rightsizing());
        assertEquals(none.plan().proposals(), none.deliverable());
    }
}
