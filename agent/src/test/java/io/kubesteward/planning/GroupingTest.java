package io.kubesteward.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubesteward.config.PackageRuleConfig;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.Span;
import io.kubesteward.policy.Policy;
import io.kubesteward.versioning.VersionSchemes;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules' groupName and companion images: which updates share one pull request, and what it is called. */
class GroupingTest {
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    private final Map<PackageRef, LookupResult> lookups = new HashMap<>();

    private Declaration image(String file, String registry, String path, String tag, String... versions) {
        PackageRef pkg = new PackageRef(SourceKind.DOCKER_IMAGE, registry, path);
        lookups.put(pkg, LookupResult.found(pkg, java.util.Arrays.stream(versions).map(Release::of).toList()));
        return new Declaration(file, DeclarationKind.CONTAINER_IMAGE, registry + "/" + path, tag, new Span(0, tag.length(), 1, 1),
                pkg, null);
    }

    private Declaration chart(String file, String repository, String name, String version, String... versions) {
        PackageRef pkg = new PackageRef(SourceKind.HELM_REPOSITORY, repository, name);
        lookups.put(pkg, LookupResult.found(pkg, java.util.Arrays.stream(versions).map(Release::of).toList()));
        return new Declaration(file, DeclarationKind.FLUX_HELM_RELEASE, name, version, new Span(0, version.length(), 1, 1), pkg, null);
    }

    private Plan plan(List<PackageRuleConfig> rules, Declaration... declarations) {
        return new Planner(VersionSchemes::forDeclaration, new Policy(rules)::forDeclaration, NOW).plan(List.of(declarations), lookups);
    }

    private static PackageRuleConfig rule(List<String> names, String groupName, Boolean companions) {
        return new PackageRuleConfig(null, names, null, null, null, null, null, null, null, null, null, null, null, null, groupName,
                companions);
    }

    @Test
    void companionImagesAtOneTagInOneFileShareOnePullRequestEvenWhenTheirNewestDiffer() {
        Plan plan = plan(List.of(),
                image("apps/connect.yaml", "docker.io", "1password/connect-api", "1.7.2", "1.7.2", "1.7.3"),
                image("apps/connect.yaml", "docker.io", "1password/connect-sync", "1.7.2", "1.7.2", "1.7.3", "1.7.4"),
                image("apps/connect.yaml", "docker.io", "library/redis", "1.7.2", "1.7.2", "1.7.5"),
                image("apps/other.yaml", "docker.io", "1password/connect-api", "1.7.2", "1.7.2", "1.7.3"));
        List<String> branches = plan.proposals().stream().map(Proposal::branch).toList();
        assertEquals(List.of("steward/image/1password-connect-images", "steward/image/redis"), branches,
                "a package is never split: connect-api in other.yaml moves with its companions; official images never count");
        Proposal companions = plan.proposals().get(0);
        assertEquals("Update 1password/connect images (1.7.3, 1.7.4)", companions.title());
        assertEquals(3, companions.updates().size());
        assertEquals("docker.io", companions.repository());
        assertEquals("1password/connect", companions.packageName());
    }

    @Test
    void aRuleCanKeepCompanionsApart() {
        Plan plan = plan(List.of(rule(List.of("docker.io/1password/*"), null, false)),
                image("apps/connect.yaml", "docker.io", "1password/connect-api", "1.7.2", "1.7.2", "1.7.3"),
                image("apps/connect.yaml", "docker.io", "1password/connect-sync", "1.7.2", "1.7.2", "1.7.3"));
        assertEquals(List.of("steward/image/1password-connect-api", "steward/image/1password-connect-sync"),
                plan.proposals().stream().map(Proposal::branch).toList());
    }

    @Test
    void aGroupNameGathersChartsFromDifferentRepositoriesAndKeepsMajorsApart() {
        Plan plan = plan(List.of(rule(List.of("kube-prometheus-stack", "prometheus-operator-crds"), "kube-prometheus-stack", null)),
                chart("observability/kps.yaml", "https://prometheus-community.github.io/helm-charts", "kube-prometheus-stack", "58.1.0",
                        "58.1.0", "58.2.2", "59.0.0"),
                chart("observability/crds.yaml", "oci://ghcr.io/prometheus-community/charts", "prometheus-operator-crds", "11.0.0",
                        "11.0.0", "11.0.1"));
        List<Proposal> proposals = plan.proposals();
        assertEquals(List.of("steward/group/kube-prometheus-stack", "steward/group/kube-prometheus-stack-major"),
                proposals.stream().map(Proposal::branch).toList());
        assertEquals("Update kube-prometheus-stack (11.0.1, 58.2.2)", proposals.get(0).title());
        assertNull(proposals.get(0).repository(), "two repositories: none is named");
        assertEquals("Update kube-prometheus-stack to 59.0.0 (major)", proposals.get(1).title());
    }
}
