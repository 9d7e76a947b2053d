package io.kubesteward.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.report.Renderers;
import io.kubesteward.report.Report;
import io.kubesteward.report.ReportBuilder;
import io.kubesteward.report.RightsizingEntries;
import io.kubesteward.report.RightsizingEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's rightsizing as the report shows it: JSON entries, the terminal table and the TSV rows. */
class RightsizingReportTest {
    private final PlanPipeline.Result result = RightsizingRuns.run(RightsizingRuns.demoRepository(), RightsizingRuns.demoCluster(),
            RightsizingRuns.DEFAULTS);
    private final Report report = report(result);

    private static Report report(PlanPipeline.Result result) {
        Map<String, ReportBuilder.EditFacts> edits = new HashMap<>();
        result.edits().forEach((branch, e) -> edits.put(branch, new ReportBuilder.EditFacts(e.notes(), e.failure())));
        Report plain = ReportBuilder.build(result.plan(), new ReportBuilder.RunFacts("test", "demo", Instant.EPOCH, 0, 0, List.of(),
                result.problems(), edits));
        return RightsizingEntries.add(plain, result.rightsizing(), edits);
    }

    private String render(String format) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.named(format).render(report, out);
        return out.toString();
    }

    private RightsizingEntry.WorkloadEntry workload(String id) {
        return report.rightsizing().workloads().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void the_entries_say_where_each_workload_is_declared_and_what_would_change() {
        RightsizingEntry r = report.rightsizing();
        assertEquals("2024-06-03T08:00:00Z", r.readAt());
        assertEquals("57.75", r.monthlySaving());
        RightsizingEntry.WorkloadEntry api = workload("Deployment apps/api");
        assertEquals("repository", api.placement());
        assertEquals("steward/rightsizing/apps", api.branch());
        RightsizingEntry.ContainerEntry c = api.containers().get(0);
        assertEquals("9.2", c.confidenceDays());
        assertEquals("163m", c.vpa().get("cpu").target());
        RightsizingEntry.ValueEntry cpu = c.values().get(0);
        assertEquals(List.of("cpu", "request", "1000m", "170m", "500m", "change", "clusters/prod/apps/api.yaml", 24),
                List.of(cpu.resource(), cpu.field(), cpu.current(), cpu.recommended(), cpu.proposed(), cpu.status(), cpu.file(), cpu.line()));
        RightsizingEntry.WorkloadEntry podinfo = workload("Deployment apps/podinfo");
        assertEquals("helm-release", podinfo.placement());
        assertEquals(List.of("cpu"), podinfo.containers().get(0).hpa());
        assertTrue(podinfo.containers().get(0).values().get(0).reason().startsWith("hpa:"), "an HPA on cpu keeps the cpu request");
    }

    @Test
    void the_tsv_lists_the_repository_s_requests_and_limits_with_their_proposals() throws IOException {
        List<String> rows = render("tsv").lines().filter(l -> l.contains("container-resources")).toList();
        assertEquals(List.of(
                "clusters/prod/apps/api.yaml\tcontainer-resources\tDeployment/apps/api/api:requests.cpu\t1000m\t500m",
                "clusters/prod/apps/api.yaml\tcontainer-resources\tDeployment/apps/api/api:limits.cpu\t2000m\t1000m",
                "clusters/prod/apps/api.yaml\tcontainer-resources\tDeployment/apps/api/api:requests.memory\t2Gi\t1088Mi",
                "clusters/prod/apps/api.yaml\tcontainer-resources\tDeployment/apps/api/api:limits.memory\t2Gi\t1088Mi"), rows);
    }

    @Test
    void the_table_and_the_markdown_show_the_pull_request_and_the_reported_recommendations() throws IOException {
        String table = render("table");
        assertTrue(table.contains("Rightsizing (cluster prod-eu, read at 2024-06-03T08:00:00Z)"), table);
        assertTrue(table.contains("steward/rightsizing/apps  Rightsize resources of apps (Deployment apps/api)"), table);
        assertTrue(table.lines().anyMatch(l -> l.contains("StatefulSet apps/redis-master") && l.contains("256Mi → 688Mi")
                && l.contains("helm-release")), table);
        String markdown = render("markdown");
        assertTrue(markdown.contains("## Rightsizing") && markdown.contains("| Deployment apps/api | `api` | cpu request | `1000m` → `500m` |"),
                markdown);
        String json = render("json");
        assertTrue(json.contains("\"rightsizing\": {") && json.contains("\"placement\": \"not-in-repository\""), json.substring(0, 200));
    }
}
