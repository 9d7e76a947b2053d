package io.kubesteward.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.acceptance.DependencyMatcher.How;
import io.kubesteward.acceptance.DependencyMatcher.Match;
import io.kubesteward.acceptance.KnownDifferences.Difference;
import io.kubesteward.acceptance.RenovateReference.Dependency;
import io.kubesteward.acceptance.StewardPlan.Declared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Steward against real GitOps repositories, compared with what Renovate found on the same input
 * ({@code ../shared/corpus}, or {@code -Dsteward.corpus=DIR}). Runs with {@code mvn -Pcorpus verify}.
 *
 * <p>On every {@code repos/*-local} corpus (chart repositories rewritten to the corpus chart
 * repository, served here on 127.0.0.1:8879; every other host is refused), {@code steward plan
 * --output tsv} must list each chart and image dependency of Renovate's reference with the same
 * current value, and propose the same versions. How names are matched is in
 * {@link DependencyMatcher}; what is compared, and where Steward differs on purpose, is in
 * {@link KnownDifferences}. Occurrences are not counted: Steward reads each value once, where
 * Renovate may report it once per manager and once per YAML alias.
 */
class CorpusAcceptanceIT {
    private static final int PORT = 8879;
    private static final String REFERENCE = "reference/renovate-44.121.2";
    private static final Map<String, StewardPlan> PLANS = new HashMap<>();
    private static StaticServer server;

    @TempDir
    static Path work;

    private static Path corpus() {
        return Path.of(System.getProperty("steward.corpus", "../../shared/corpus")).toAbsolutePath().normalize();
    }

    @BeforeAll
    static void serveChartRepository() throws IOException {
        assumeTrue(Files.isDirectory(corpus().resolve("repos")), "no corpus at " + corpus());
        server = StaticServer.start(corpus().resolve("chart-repo/www"), PORT);
        Files.writeString(work.resolve("offline.yaml"), """
                apiVersion: steward.io/v1alpha1
                kind: Config
                http:
                  allowedHosts: [127.0.0.1]
                  cacheDir: http-cache
                """);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Stream<String> localCorpora() throws IOException {
        try (Stream<Path> repos = Files.list(corpus().resolve("repos"))) {
            return repos.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith("-local") && Files.isDirectory(corpus().resolve(REFERENCE).resolve(name)))
                    .sorted().toList().stream();
        }
    }

    private static StewardPlan plan(String name) throws IOException {
        StewardPlan plan = PLANS.get(name);
        if (plan == null) {
            plan = StewardPlan.of(corpus().resolve("repos").resolve(name), work.resolve("offline.yaml"));
            PLANS.put(name, plan);
        }
        return plan;
    }

    private static RenovateReference reference(String name) throws IOException {
        return RenovateReference.load(corpus().resolve(REFERENCE).resolve(name).resolve("deps-extended.tsv"));
    }

    @ParameterizedTest
    @MethodSource("localCorpora")
    void lists_every_chart_and_image_renovate_finds_with_the_same_current_value_and_proposals(String name) throws IOException {
        RenovateReference reference = reference(name);
        Set<String> uncompared = reference.rows().stream().map(RenovateReference.Row::datasource)
                .filter(ds -> !KnownDifferences.CHARTS_AND_IMAGES.contains(ds) && !KnownDifferences.NOT_COMPARED.containsKey(ds))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), uncompared, "datasources of Renovate's that are neither compared nor explained in KnownDifferences");
        List<Dependency> dependencies = reference.dependencies(Set.copyOf(KnownDifferences.CHARTS_AND_IMAGES));
        assertTrue(dependencies.size() >= 5, "charts and images in Renovate's reference: " + dependencies.size());

        StewardPlan plan = plan(name);
        List<String> missing = new ArrayList<>();
        List<String> different = new ArrayList<>();
        List<String> knownButListed = new ArrayList<>();
        Set<Difference> used = new LinkedHashSet<>();
        for (Dependency dependency : dependencies) {
            Difference known = KnownDifferences.NOT_LISTED.stream().filter(k -> k.covers(name, dependency)).findFirst().orElse(null);
            Match match = DependencyMatcher.match(dependency, plan);
            if (match.how() == How.NOT_FOUND) {
                if (known == null) {
                    missing.add(dependency.toString());
                } else {
                    used.add(known);
                }
                continue;
            }
            if (known != null) {
                knownButListed.add(dependency + " is listed now: " + match.declarations() + "; drop the entry '" + known.reason() + "'");
            }
            Set<String> proposed = new TreeSet<>();
            match.declarations().forEach(d -> proposed.addAll(d.proposed()));
            // where Renovate read no value it proposes nothing; Steward may have resolved the value (checked below)
            if (match.how() == How.SAME_VALUE && !proposed.equals(dependency.newValues())) {
                different.add(dependency + ": Renovate proposes " + dependency.newValues() + ", Steward " + proposed
                        + " " + match.declarations());
            }
        }
        Map<How, Long> how = dependencies.stream().filter(d -> KnownDifferences.NOT_LISTED.stream().noneMatch(k -> k.covers(name, d)))
                .collect(Collectors.groupingBy(d -> DependencyMatcher.match(d, plan).how(), TreeMap::new, Collectors.counting()));
        System.out.printf("%s: %d charts and images in Renovate's reference: %s, %d known differences%n", name, dependencies.size(),
                how, dependencies.size() - how.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(List.of(), missing, "charts and images Renovate lists that Steward does not");
        assertEquals(List.of(), different, "different proposals");
        assertEquals(List.of(), knownButListed, "known differences that are gone");
        List<Difference> unused = KnownDifferences.NOT_LISTED.stream()
                .filter(k -> k.corpus().equals(name) && !used.contains(k)).toList();
        assertEquals(List.of(), unused, "known differences that matched nothing in " + name);
        assertEquals(List.of(), plan.declarations().stream().filter(d -> !d.explained()).toList(),
                "skipped, failed or held-back declarations without a reason");
    }

    @ParameterizedTest
    @MethodSource("localCorpora")
    void lists_every_flux_git_repository_tag_renovate_finds(String name) throws IOException {
        List<String> missing = new ArrayList<>();
        int compared = 0;
        for (Dependency dependency : reference(name).dependencies(Set.of("github-tags", "git-tags"))) {
            if (!dependency.managers().contains("flux")) {
                continue;
            }
            compared++;
            Match match = DependencyMatcher.match(dependency, plan(name));
            if (match.how() != How.SAME_VALUE || match.declarations().stream().noneMatch(d -> d.kind().equals("flux-gitrepository"))) {
                missing.add(dependency + " -> " + match.declarations());
            }
        }
        System.out.printf("%s: %d Flux GitRepository tags in Renovate's reference%n", name, compared);
        assertEquals(List.of(), missing, "Flux GitRepository tags Renovate lists that Steward does not");
    }

    @ParameterizedTest
    @MethodSource("localCorpora")
    void lists_what_renovate_drops_each_resolved_or_skipped_with_a_reason(String name) throws IOException {
        RenovateReference reference = reference(name);
        StewardPlan plan = plan(name);
        List<String> unresolved = new ArrayList<>();
        int templatedReleases = 0;
        int resolvedReleases = 0;
        for (Dependency dependency : reference.dependencies(Set.of("helm"))) {
            if (!dependency.managers().contains("helmfile") || !dependency.currentUnread()) {
                continue;
            }
            templatedReleases++;
            Match match = DependencyMatcher.match(dependency, plan);
            boolean handled = !match.declarations().isEmpty() && match.declarations().stream()
                    .allMatch(d -> d.explained() && (resolved(d) || d.verdicts().stream().allMatch(v -> v.status().equals("skipped"))));
            if (!handled) {
                unresolved.add(dependency + " -> " + match.declarations());
            }
            resolvedReleases += match.declarations().stream().allMatch(CorpusAcceptanceIT::resolved) ? 1 : 0;
        }
        assertEquals(List.of(), unresolved, "helmfile versions Renovate cannot read, neither resolved nor skipped with a reason");

        Set<String> argoFiles = reference.rows().stream().filter(r -> r.manager().equals("argocd")).map(RenovateReference.Row::file)
                .collect(Collectors.toSet());
        List<Declared> argoValuesImages = plan.declarations().stream()
                .filter(d -> d.kind().equals("helm-values-image") && argoFiles.contains(d.file())).toList();
        List<String> inlineValuesFiles = filesWithInlineValuesImages(name);
        List<String> inlineWithoutImages = inlineValuesFiles.stream()
                .filter(f -> plan.inFile(f).stream().noneMatch(d -> d.kind().equals("helm-values-image"))).toList();
        assertEquals(List.of(), inlineWithoutImages, "Argo valuesObject / kustomize valuesInline with images Steward does not list");

        System.out.printf("%s: %d helmfile versions Renovate cannot read (%d resolved by Steward, the others skipped with a"
                + " reason), %d images in Argo CD values, %d files with valuesObject/valuesInline images%n", name, templatedReleases,
                resolvedReleases, argoValuesImages.size(), inlineValuesFiles.size());
        // cloudposse/helmfiles writes most versions as {{ .Values.chart_version }} from each folder's defaults.yaml
        Map<String, Integer> minimumResolved = Map.of("helmfile-cloudposse-local", 25);
        assertTrue(resolvedReleases >= minimumResolved.getOrDefault(name, 0),
                name + ": templated helmfile versions Steward resolved: " + resolvedReleases + " of " + templatedReleases);
        if (name.startsWith("argocd-")) {
            assertTrue(!argoValuesImages.isEmpty(), "the Argo CD corpus sets images in helm.values; Steward lists none");
        }
    }

    /** A value Steward read (not a template) and looked up. */
    private static boolean resolved(Declared d) {
        return !d.current().isEmpty() && !d.current().contains("{{") && d.verdicts().stream().noneMatch(v -> v.status().equals("skipped"));
    }

    private static List<String> filesWithInlineValuesImages(String name) throws IOException {
        Path repo = corpus().resolve("repos").resolve(name);
        try (Stream<Path> files = Files.walk(repo)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.ya?ml"))
                    .filter(p -> {
                        try {
                            String text = Files.readString(p);
                            return (text.contains("valuesObject:") || text.contains("valuesInline:")) && text.contains("image");
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .map(p -> repo.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void large_index_is_fetched_once_and_every_chart_is_planned() throws IOException {
        JsonNode report = plan("perf-large-index-local").report();
        JsonNode indexes = report.get("statistics").get("indexes");
        long large = 0;
        for (JsonNode i : indexes) {
            if (i.get("repository").asText().endsWith("/large")) {
                large++;
                assertTrue(i.get("bytes").asLong() > 20_000_000, i.toString());
            }
        }
        assertEquals(1, large, "the /large index is fetched exactly once: " + indexes);
        int charts = 0;
        for (JsonNode d : report.get("declarations")) {
            if (d.get("repository").asText("").endsWith("/large")) {
                charts++;
                assertTrue(Set.of("update", "no-update").contains(d.get("status").asText()), d.toString());
            }
        }
        assertTrue(charts >= 7, "declarations against /large: " + charts);
    }

    /** The findings of the upgrade analysis for one proposal: {@code severity|check|files}, one per finding. */
    private static List<String> findings(JsonNode report, String branch) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : report.get("proposals")) {
            if (p.get("branch").asText().equals(branch)) {
                assertTrue(p.get("analysed").size() > 0 || p.get("notAnalysed").size() > 0, "every chart proposal is looked inside: " + p);
                p.get("impact").forEach(i -> out.add(i.get("severity").asText() + "|" + i.get("check").asText() + "|"
                        + i.get("files").toString() + "|" + i.get("summary").asText()));
            }
        }
        return out;
    }

    /**
     * Checked by hand against the two archives and the HelmReleases: external-dns 1.21.1 changes its DNSEndpoint CRD, which
     * the cloudflare release applies (upgrade.crds: CreateReplace) and the unifi ones (Flux's default Skip) never do;
     * kube-prometheus-stack 88.5.3 changes ten CRDs of its crds dependency, which the storage release applies and the main
     * release leaves to prometheus-operator-crds (crds.enabled: false), and moves kube-state-metrics' relabelings.
     */
    @Test
    void chart_proposals_carry_the_impact_found_in_both_archives() throws IOException {
        JsonNode report = plan("flux-home-ops-local").report();
        List<String> dnsAll = findings(report, "steward/chart/external-dns");
        List<String> dns = dnsAll.stream().filter(f -> f.contains("|crds|")).toList();
        assertEquals(2, dns.size(), dns.toString());
        // rendered with helm-java: 1.21.1 moves the unifi release from Endpoints to EndpointSlices (checked in its clusterrole.yaml)
        String unifi = "[\"kubernetes/main/apps/network/external-dns/unifi/helmrelease.yaml\","
                + "\"kubernetes/storage/apps/network/external-dns/unifi/helmrelease.yaml\"]";
        assertTrue(dnsAll.contains("information|rbac|" + unifi + "|RBAC: the chart's accounts gain permissions in 1 role"), dnsAll.toString());
        assertTrue(dnsAll.contains("information|rbac|" + unifi + "|RBAC: permissions are taken away in 1 role"), dnsAll.toString());
        assertTrue(dnsAll.stream().anyMatch(f -> f.startsWith("information|images|[\"kubernetes/main/apps/network/external-dns/cloudflare/")
                && f.endsWith("container external-dns: registry.k8s.io/external-dns/external-dns:v0.14.1"
                + " → registry.k8s.io/external-dns/external-dns:v0.21.0")), dnsAll.toString());
        assertTrue(dnsAll.stream().noneMatch(f -> f.startsWith("blocking")), "no external-dns upgrade changes an immutable field: " + dnsAll);
        assertTrue(dns.get(0).startsWith("needs attention|crds|[\"kubernetes/main/apps/network/external-dns/unifi/helmrelease.yaml\","
                + "\"kubernetes/storage/apps/network/external-dns/unifi/helmrelease.yaml\"]|1.21.1 has 1 changed CRD in crds/ that nobody"
                + " applies"), dns.toString());
        assertTrue(dns.get(1).startsWith("information|crds|[\"kubernetes/main/apps/network/external-dns/cloudflare/helmrelease.yaml\"]"),
                dns.toString());
        List<String> stack = findings(report, "steward/group/kube-prometheus-stack-major");
        assertTrue(stack.stream().anyMatch(f -> f.startsWith("information|crds|[\"kubernetes/storage/") && f.contains("10 changed CRDs")),
                stack.toString());
        assertTrue(stack.stream().noneMatch(f -> f.contains("|crds|[\"kubernetes/main/")), "crds.enabled: false: " + stack);
        assertTrue(stack.stream().anyMatch(f -> f.startsWith("needs attention|values|") && f.contains("kube-state-metrics.prometheus.monitor"
                + ".relabelings")), stack.toString());
        assertTrue(stack.stream().anyMatch(f -> f.equals("information|kubeVersion|[\"kubernetes/main/apps/observability/kube-prometheus-stack"
                + "/app/helmrelease.yaml\",\"kubernetes/storage/apps/observability/kube-prometheus-stack/app/helmrelease.yaml\"]|88.5.3"
                + " requires Kubernetes >=1.25.0-0 (was >=1.19.0-0)")), stack.toString());
        List<String> monochart = findings(plan("helmfile-cloudposse-local").report(), "steward/chart/monochart");
        assertEquals(List.of(), monochart.stream().filter(f -> !f.contains("|versions|")).toList(),
                "keys below monochart's emptied resources: {} and the service.ports its templates still read are not findings");
        assertTrue(monochart.stream().anyMatch(f -> f.contains("|versions|") && f.contains("a minor update below 1.0 (0.4.0 → 0.28.0)")),
                "but 0.x minors are called out: " + monochart);
        List<String> argo = findings(plan("argocd-kubefirst-local").report(), "steward/chart/external-dns").stream()
                .filter(f -> !f.contains("|rendered|") && !f.contains("|images|") && !f.contains("|versions|")).toList();
        assertEquals(1, argo.size(), argo.toString());
        assertTrue(argo.get(0).startsWith("information|crds|") && argo.get(0).endsWith("Argo CD renders the chart with its CRDs and"
                + " applies them on every sync"), argo.toString());
    }
}
