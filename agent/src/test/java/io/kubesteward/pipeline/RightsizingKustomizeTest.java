package io.kubesteward.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.RepoFixtures;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.SourceFile;
import io.kubesteward.planning.rightsizing.RightsizingInputs;
import io.kubesteward.planning.rightsizing.RightsizingPlan;
import io.kubesteward.planning.rightsizing.RightsizingProposal;
import io.kubesteward.rightsizing.RightsizingSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked example's Deployment apps/api built by kustomize: when only a base other overlays share
 * sets its values, this cluster's overlay gets a patch file (and one line in its {@code patches:});
 * a value the overlay already patches is edited where it is.
 */
class RightsizingKustomizeTest {
    private static final ClusterInventory CLUSTER = RightsizingRuns.demoCluster();

    private static ProposalEdits.Edited only(PlanPipeline.Result result) {
        RightsizingPlan plan = result.rightsizing();
        assertEquals(List.of("steward/rightsizing/apps"), plan.proposals().stream().map(RightsizingProposal::branch).toList());
        ProposalEdits.Edited edited = result.edits().get("steward/rightsizing/apps");
        assertTrue(edited.ok(), edited.failure());
        return edited;
    }

    private static String changed(ProposalEdits.Edited edited, String path) {
        return RightsizingRuns.content(edited.changed(), path);
    }

    @Test
    void a_shared_base_gets_a_patch_in_this_cluster_s_overlay_and_the_base_stays() {
        List<SourceFile> files = RepoFixtures.load("resources-shared-base");
        ProposalEdits.Edited edited = only(RightsizingRuns.run(files, CLUSTER, RightsizingRuns.DEFAULTS));
        assertEquals(List.of("clusters/prod/kustomization.yaml", "clusters/prod/steward-resources-deployment-api.yaml"),
                edited.changed().stream().map(SourceFile::path).sorted().toList(), "base/api/deployment.yaml is not touched");
        assertEquals("""
                # Added by Steward (rightsizing): only a base other overlays share sets these values, so this
                # overlay patches them for this cluster; the base and the other overlays keep theirs.
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          resources:
                            requests:
                              cpu: 500m
                              memory: 1088Mi
                            limits:
                              cpu: 1000m
                              memory: 1088Mi
                """, changed(edited, "clusters/prod/steward-resources-deployment-api.yaml"));
        assertEquals(RightsizingRuns.content(files, "clusters/prod/kustomization.yaml") + "patches:\n  - path: steward-resources-deployment-api.yaml\n",
                changed(edited, "clusters/prod/kustomization.yaml"), "a new key at the end, in the resources list's indentation");
        assertTrue(edited.notes().stream().anyMatch(n -> n.contains("only a base other overlays share")), edited.notes().toString());
    }

    @Test
    void a_value_the_overlay_patches_is_edited_in_its_patch_and_the_rest_goes_in_a_new_patch_after_it() {
        List<SourceFile> files = RepoFixtures.load("resources-kustomize");
        ProposalEdits.Edited edited = only(RightsizingRuns.run(files, CLUSTER, RightsizingRuns.DEFAULTS));
        assertEquals(RightsizingRuns.content(files, "clusters/prod/api-resources.yaml").replace("cpu: 1500m", "cpu: 750m"),
                changed(edited, "clusters/prod/api-resources.yaml"), "1500m from the overlay's own patch, halved in place");
        assertEquals(RightsizingRuns.content(files, "clusters/prod/kustomization.yaml")
                        .replace("  - path: api-resources.yaml\n", "  - path: api-resources.yaml\n  - path: steward-resources-deployment-api.yaml\n"),
                changed(edited, "clusters/prod/kustomization.yaml"), "appended after the last patch, so it is applied last");
        String patch = changed(edited, "clusters/prod/steward-resources-deployment-api.yaml");
        assertTrue(patch.contains("            requests:\n              memory: 1088Mi\n            limits:\n              cpu: 1000m\n"
                + "              memory: 1088Mi\n"), patch);
        assertTrue(!patch.contains("cpu: 750m"), "the value the overlay patches already stays in its patch");
    }

    @Test
    void a_workload_without_a_vpa_gets_one_in_update_mode_off_when_the_setting_asks() {
        List<SourceFile> files = RepoFixtures.load("resources-raw");
        ClusterInventory cluster = io.kubesteward.planning.rightsizing.TestClusters.withoutVpas();
        RightsizingInputs proposeVpas = new RightsizingInputs(RightsizingSettings.defaults().with(Map.of("proposeVpa", "true"), "test"),
                List.of(), RightsizingRuns.DEFAULTS.prices());
        PlanPipeline.Result result = RightsizingRuns.run(files, cluster, proposeVpas);
        assertEquals(List.of("steward/rightsizing/shop-web-vpa", "steward/rightsizing/tools-worker-vpa"),
                result.rightsizing().proposals().stream().map(RightsizingProposal::branch).toList());
        ProposalEdits.Edited web = result.edits().get("steward/rightsizing/shop-web-vpa");
        assertTrue(web.ok(), web.failure());
        assertEquals(List.of("apps/web-vpa.yaml"), web.changed().stream().map(SourceFile::path).toList(), "a plain folder: just the file");
        String vpa = changed(web, "apps/web-vpa.yaml");
        assertTrue(vpa.contains("kind: VerticalPodAutoscaler\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  targetRef:\n"
                + "    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n  updatePolicy:\n    updateMode: \"Off\"\n"), vpa);
        ProposalEdits.Edited worker = result.edits().get("steward/rightsizing/tools-worker-vpa");
        assertTrue(worker.ok(), worker.failure());
        assertEquals(RightsizingRuns.content(files, "tools/kustomization.yaml") + "  - worker-vpa.yaml\n",
                changed(worker, "tools/kustomization.yaml"), "listed in the kustomization that builds the folder");
        PlanPipeline.Result off = RightsizingRuns.run(files, cluster, RightsizingRuns.DEFAULTS);
        assertTrue(off.rightsizing().proposals().isEmpty(), "off by default");
    }
}
