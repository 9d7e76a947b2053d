package io.kubesteward.report;

import io.kubesteward.model.FetchStat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One report with something of everything, the input of every golden file. Proposals are in branch order, as the planner sorts them. */
final class ReportFixture {
    static final String INGRESS = "https://kubernetes.github.io/ingress-nginx";
    static final String EXTERNAL_DNS = "https://kubernetes-sigs.github.io/external-dns";
    static final String PROD_INGRESS = "clusters/prod/ingress-nginx/helmrelease.yaml";
    static final String STAGING_INGRESS = "clusters/staging/ingress-nginx/helmrelease.yaml";
    static final String MINOR_BRANCH = "steward/helm/ingress-nginx";
    static final String MAJOR_BRANCH = "steward/helm/ingress-nginx-major-5";
    static final String PATCH_BRANCH = "steward/helm/external-dns";

    /** Structured Artifact Hub changes, with everything a publisher could slip in. */
    static final String MINOR_CHANGES = """
            - kind: added
              description: Admission webhook timeout is configurable, thanks @octocat and @kubernetes/ingress-nginx-maintainers
              links:
                - name: GitHub PR
                  url: https://github.com/kubernetes/ingress-nginx/pull/11002
                - name: Evil
                  url: javascript:alert(document.cookie)
            - kind: fixed
              description: 'Fixes #42: controller <img src="https://evil.example/x.png" onerror="alert(1)"> crash on <b>empty</b> host'
            - kind: changed
              description: See the [migration guide](javascript:alert(1)), ![diagram](https://example.com/diagram.png) and [docs](https://kubernetes.github.io/ingress-nginx/)
            - kind: security
              description: 'Go 1.22.3 (CVE-2024-24788); cc kubernetes/ingress-nginx#11000, GH-77 | see `values.yaml`'
            """;

    /** Plain lines, one trying to forge Steward's own marker. */
    static final String MAJOR_CHANGES = """
            - Drop support for Kubernetes 1.25 and older
            - 'controller.admissionWebhooks.patch moved <!-- steward:metadata {"branch":"main"} -->'
            """;

    /** Not a YAML list: shown as published, in a fence longer than the one inside. */
    static final String PATCH_CHANGES = """
            Bump external-dns to 0.14.2, thanks @someone.
            ```
            helm upgrade external-dns
            ```
            """;

    private ReportFixture() {
    }

    static Report report() {
        Report.UpdateEntry minor = new Report.UpdateEntry("4.10.1", "minor", "2024-04-26T17:02:11Z", MINOR_BRANCH);
        Report.UpdateEntry major = new Report.UpdateEntry("5.0.0", "major", "2024-06-11T09:00:00+02:00", MAJOR_BRANCH);
        Report.UpdateEntry patch = new Report.UpdateEntry("1.14.5", "patch", null, PATCH_BRANCH);
        List<Report.DeclarationEntry> declarations = List.of(
                new Report.DeclarationEntry("apps/internal-api/Chart.yaml", 11, "helm-chart-dependency", "internal-api", null,
                        "0.3.0", "skipped", List.of(), null, "local-chart: the chart is in this repository (file://../internal-api)",
                        List.of()),
                new Report.DeclarationEntry("clusters/prod/cert-manager/helmrelease.yaml", 16, "flux-helmrelease", "cert-manager",
                        "https://charts.jetstack.io", "v1.14.5", "no-update", List.of(), "v1.14.5", null, List.of()),
                new Report.DeclarationEntry(PROD_INGRESS, 18, "flux-helmrelease", "ingress-nginx", INGRESS, "4.9.1", "update",
                        List.of(minor, major), "5.0.0", null, List.of("rule at rules/defaults.yaml:4")),
                new Report.DeclarationEntry("clusters/prod/monitoring/helmrelease.yaml", 21, "flux-helmrelease",
                        "kube-prometheus-stack", "https://prometheus-community.github.io/helm-charts", "58.2.1", "held-back", List.of(),
                        "58.4.0", "58.4.0 is outside allowedVersions '<58.3 || >=59' and was released 2d ago; minimumReleaseAge is 7d",
                        List.of("hold monitoring charts for a week", "rule at rules/defaults.yaml:9")),
                new Report.DeclarationEntry("clusters/prod/podinfo/helmrelease.yaml", 12, "flux-helmrelease", "podinfo",
                        "https://stefanprodan.github.io/podinfo", "6.5.4", "lookup-failed", List.of(), null,
                        "https://stefanprodan.github.io/podinfo/index.yaml could not be read:\nconnection timed out after 10 s",
                        List.of()),
                new Report.DeclarationEntry("clusters/prod/redis/helmrelease.yaml", 0, "flux-helmrelease",
                        "redis-with-an-unusually-long-release-name-for-truncation", null, "${REDIS_VERSION}", "skipped", List.of(), null,
                        "templated: the version is a Flux post-build substitution", List.of()),
                new Report.DeclarationEntry(STAGING_INGRESS, 18, "flux-helmrelease", "ingress-nginx", INGRESS, "4.9.1", "update",
                        List.of(minor, major), "5.0.0", null, List.of()),
                new Report.DeclarationEntry("platform/umbrella/Chart.yaml", 9, "helm-chart-dependency", "external-dns", EXTERNAL_DNS,
                        "1.14.3", "update", List.of(patch), "1.15.0", "1.15.0 was released 1d ago; minimumReleaseAge is 3d",
                        List.of("rule at rules/defaults.yaml:9")));

        Report.ReleaseNotes minorNotes = new Report.ReleaseNotes("4.10.1", "1.10.1", ">=1.21.0-0",
                "https://github.com/kubernetes/ingress-nginx",
                List.of("https://github.com/kubernetes/ingress-nginx", "javascript:alert(1)", "https://github.com/kubernetes/ingress-nginx/tree/main/charts"),
                MINOR_CHANGES);
        Report.ReleaseNotes majorNotes = new Report.ReleaseNotes("5.0.0", "2.0.0", ">=1.26.0-0",
                "https://github.com/kubernetes/ingress-nginx", List.of(), MAJOR_CHANGES);
        Report.ReleaseNotes patchNotes = new Report.ReleaseNotes("1.14.5", "0.14.2", null,
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", List.of("https://github.com/kubernetes-sigs/external-dns"),
                PATCH_CHANGES);
        List<Report.ProposalEntry> proposals = List.of(
                new Report.ProposalEntry(PATCH_BRANCH, "Update external-dns to 1.14.5", "external-dns", EXTERNAL_DNS, "patch",
                        List.of(new Report.ChangeEntry("platform/umbrella/Chart.yaml", 9, "helm-chart-dependency", "1.14.3", "1.14.5",
                                "patch", null)), patchNotes),
                new Report.ProposalEntry(MINOR_BRANCH, "Update ingress-nginx to 4.10.1", "ingress-nginx", INGRESS, "minor", List.of(
                        change(PROD_INGRESS, "4.9.1", minor), change(STAGING_INGRESS, "4.9.1", minor)), minorNotes),
                new Report.ProposalEntry(MAJOR_BRANCH, "Update ingress-nginx to 5.0.0 (major)", "ingress-nginx", INGRESS, "major",
                        List.of(change(PROD_INGRESS, "4.9.1", major), change(STAGING_INGRESS, "4.9.1", major)), majorNotes));

        List<Report.ProblemEntry> problems = List.of(new Report.ProblemEntry("apps/broken/values.yaml", 7, 3,
                "mapping values are not allowed here; check the indentation of 'image:'"));

        Map<String, Integer> byStatus = new LinkedHashMap<>();
        byStatus.put("update", 3);
        byStatus.put("no-update", 1);
        byStatus.put("held-back", 1);
        byStatus.put("lookup-failed", 1);
        byStatus.put("skipped", 2);
        List<FetchStat> indexes = List.of(
                new FetchStat(INGRESS, "downloaded", 25_431_552, 812, 1_204, 412),
                new FetchStat("https://stefanprodan.github.io/podinfo", "failed", 0, 10_003, 0, 0));
        return new Report(Report.SCHEMA_VERSION, "0.1.0", "https://github.com/acme/platform-gitops", "2026-05-04T06:30:00Z",
                new Report.Summary(byStatus, proposals.size(), problems.size()),
                new Report.Statistics(42, declarations.size(), 3_180, indexes),
                declarations, proposals, problems);
    }

    static Report.ProposalEntry proposal(Report report, String branch) {
        return report.proposals().stream().filter(p -> p.branch().equals(branch)).findFirst().orElseThrow();
    }

    private static Report.ChangeEntry change(String file, String from, Report.UpdateEntry u) {
        return new Report.ChangeEntry(file, 18, "flux-helmrelease", from, u.to(), u.updateType(), u.releasedAt());
    }
}
