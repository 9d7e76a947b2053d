package io.kubesteward.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SkipReason;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.Span;
import io.kubesteward.model.UpdateType;
import io.kubesteward.policy.EffectivePolicy;
import io.kubesteward.versioning.VersionSchemes;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    private static final PackageRef NGINX = new PackageRef(SourceKind.HELM_REPOSITORY, "https://k8s.io/ingress-nginx", "ingress-nginx");

    private static Declaration declared(String file, String current) {
        return new Declaration(file, DeclarationKind.FLUX_HELM_RELEASE, NGINX.name(), current, new Span(10, 10 + current.length(), 3, 7), NGINX, null);
    }

    private static Release released(String version, String daysAgo) {
        Instant created = daysAgo == null ? null : NOW.minus(Duration.ofDays(Long.parseLong(daysAgo)));
        return new Release(version, created, null, null, null, false, null, List.of(), null);
    }

    private static Map<PackageRef, LookupResult> index(String... versions) {
        List<Release> releases = Arrays.stream(versions).map(v -> released(v, "100")).toList();
        return Map.of(NGINX, LookupResult.found(NGINX, releases));
    }

    private static Plan plan(Function<Declaration, EffectivePolicy> policy, Map<PackageRef, LookupResult> lookups, Declaration... ds) {
        return new Planner(VersionSchemes.helm(), policy, NOW).plan(List.of(ds), lookups);
    }

    private static EffectivePolicy permissive() {
        return EffectivePolicy.permissive();
    }

    @Test
    void each_update_carries_the_releases_it_moves_over_newest_first() {
        Plan plan = plan(d -> permissive(), index("4.10.1", "4.10.3", "4.11.0", "4.11.2", "5.0.0", "5.1.0", "5.2.0-rc.1"),
                declared("a.yaml", "4.10.1"));
        List<Update> updates = plan.outcomes().get(0).updates();
        assertEquals(List.of("4.11.0", "4.10.3"), updates.get(0).passed().stream().map(Release::version).toList());
        assertEquals(List.of("5.0.0", "4.11.2", "4.11.0", "4.10.3"), updates.get(1).passed().stream().map(Release::version).toList(),
                "the major passes over every stable release in between, not the pre-release");
    }

    @Test
    void a_four_part_tag_with_a_build_hash_moves_to_the_newest_build() {
        PackageRef plex = new PackageRef(SourceKind.DOCKER_IMAGE, "ghcr.io", "onedr0p/plex");
        Declaration d = new Declaration("plex.yaml", DeclarationKind.HELM_VALUES_IMAGE, "ghcr.io/onedr0p/plex", "1.40.2.8395-c67dce28e",
                new Span(0, 21, 1, 1), plex, null);
        List<Release> tags = java.util.stream.Stream.of("1.40.1.8227-c0dd5a73e", "1.40.2.8395-c67dce28e", "1.40.2.8395-ffffffff1",
                "1.40.3.8555-fef15d30c", "1.41.0.8992-8463ad060", "latest").map(v -> released(v, "100")).toList();
        Plan plan = new Planner(VersionSchemes::forDeclaration, x -> permissive(), NOW).plan(List.of(d), Map.of(plex, LookupResult.found(plex, tags)));
        Outcome o = plan.outcomes().get(0);
        assertEquals(Status.UPDATE, o.status(), String.valueOf(o.reason()));
        assertEquals(List.of("1.41.0.8992-8463ad060"), o.updates().stream().map(Update::newValue).toList());
        assertEquals(UpdateType.MINOR, o.updates().get(0).type());
    }

    @CatalogueEntry(55)
    @Test
    void separates_the_newest_minor_from_the_newest_major() {
        Plan plan = plan(d -> permissive(), index("4.10.1", "4.10.3", "4.11.2", "5.0.0", "5.1.0", "5.2.0-rc.1"), declared("a.yaml", "4.10.1"));
        Outcome o = plan.outcomes().get(0);
        assertEquals(Status.UPDATE, o.status());
        assertEquals(List.of("4.11.2", "5.1.0"), o.updates().stream().map(Update::newValue).toList());
        assertEquals(List.of(UpdateType.MINOR, UpdateType.MAJOR), o.updates().stream().map(Update::type).toList());
        assertEquals(List.of("steward/chart/ingress-nginx", "steward/chart/ingress-nginx-major"),
                plan.proposals().stream().map(Proposal::branch).toList());
        assertEquals("Update chart ingress-nginx to 5.1.0 (major)", plan.proposals().get(1).title());
    }

    @Test
    void one_proposal_when_majors_are_not_separate() {
        EffectivePolicy together = new EffectivePolicy(true, Set.of(UpdateType.values()), List.of(), List.of(), Duration.ZERO, false, List.of());
        Plan plan = plan(d -> together, index("1.0.0", "1.1.0", "2.0.0"), declared("a.yaml", "1.0.0"));
        assertEquals(List.of("2.0.0"), plan.outcomes().get(0).updates().stream().map(Update::newValue).toList());
        assertEquals(1, plan.proposals().size());
    }

    @CatalogueEntry(18)
    @Test
    void pre_releases_only_when_the_current_version_is_one() {
        Plan stable = plan(d -> permissive(), index("1.0.0", "1.1.0-rc.1"), declared("a.yaml", "1.0.0"));
        assertEquals(Status.NO_UPDATE, stable.outcomes().get(0).status());
        Plan pre = plan(d -> permissive(), index("1.1.0-rc.1", "1.1.0-rc.2"), declared("a.yaml", "1.1.0-rc.1"));
        assertEquals("1.1.0-rc.2", pre.outcomes().get(0).updates().get(0).newValue());
    }

    @CatalogueEntry(17)
    @Test
    void keeps_the_v_prefix_as_the_index_writes_it() {
        Plan plan = plan(d -> permissive(), index("v1.14.5", "v1.15.3"), declared("a.yaml", "v1.14.5"));
        assertEquals("v1.15.3", plan.outcomes().get(0).updates().get(0).newValue());
    }

    @Test
    void a_rule_holds_back_minor_updates_and_says_why() {
        EffectivePolicy patchOnly = new EffectivePolicy(true, Set.of(UpdateType.PATCH), List.of(), List.of(), Duration.ZERO, true, List.of("patch only"));
        Plan plan = plan(d -> patchOnly, index("1.14.4", "1.14.5", "1.15.0"), declared("a.yaml", "1.14.4"));
        Outcome o = plan.outcomes().get(0);
        assertEquals(Status.UPDATE, o.status());
        assertEquals("1.14.5", o.updates().get(0).newValue());
        assertEquals("1.15.0", o.newestOverall());
        assertEquals("1.15.0 is a minor update; the rules allow patch only", o.reason());

        Plan none = plan(d -> patchOnly, index("1.14.4", "1.15.0"), declared("a.yaml", "1.14.4"));
        assertEquals(Status.HELD_BACK, none.outcomes().get(0).status());
        assertTrue(none.proposals().isEmpty());
    }

    @CatalogueEntry(22)
    @Test
    void minimum_release_age_uses_the_index_date() {
        EffectivePolicy week = new EffectivePolicy(true, Set.of(UpdateType.values()), List.of(), List.of(), Duration.ofDays(7), true, List.of());
        Map<PackageRef, LookupResult> lookups = Map.of(NGINX, LookupResult.found(NGINX,
                List.of(released("1.0.0", "30"), released("1.0.1", "10"), released("1.0.2", "2"), released("1.0.3", null))));
        Outcome o = plan(d -> week, lookups, declared("a.yaml", "1.0.0")).outcomes().get(0);
        assertEquals("1.0.1", o.updates().get(0).newValue());
        assertEquals("1.0.3 has no release date in the repository index; minimumReleaseAge 7d needs one", o.reason());
    }

    @Test
    void ignored_and_disallowed_versions_are_passed_over() {
        EffectivePolicy rules = new EffectivePolicy(true, Set.of(UpdateType.values()), List.of("1.2.0", "1.3.x"), List.of("<2.0.0"),
                Duration.ZERO, false, List.of());
        Outcome o = plan(d -> rules, index("1.1.0", "1.2.0", "1.3.0", "1.3.1", "2.0.0"), declared("a.yaml", "1.1.0")).outcomes().get(0);
        assertTrue(o.updates().isEmpty(), "1.2.0 and 1.3.x are ignored, 2.0.0 is outside the allowed range");
        assertEquals(Status.HELD_BACK, o.status());
        assertEquals("2.0.0 is outside allowedVersions '<2.0.0'", o.reason());
    }

    @Test
    void deprecated_releases_are_never_proposed() {
        Release deprecated = new Release("1.1.0", NOW, null, null, null, true, null, List.of(), null);
        Map<PackageRef, LookupResult> lookups = Map.of(NGINX, LookupResult.found(NGINX, List.of(released("1.0.0", "5"), deprecated)));
        assertEquals(Status.NO_UPDATE, plan(d -> permissive(), lookups, declared("a.yaml", "1.0.0")).outcomes().get(0).status());
    }

    @Test
    void ranges_move_keeping_their_shape_or_stay_when_they_already_admit_the_newest() {
        Map<PackageRef, LookupResult> lookups = index("1.2.0", "1.2.5", "1.4.0", "2.1.0");
        Outcome caret = plan(d -> permissive(), lookups, declared("a.yaml", "^1.2.0")).outcomes().get(0);
        assertEquals(List.of("^2.1.0"), caret.updates().stream().map(Update::newValue).toList());
        Outcome wildcard = plan(d -> permissive(), lookups, declared("a.yaml", "1.2.x")).outcomes().get(0);
        assertEquals(List.of("1.4.x", "2.1.x"), wildcard.updates().stream().map(Update::newValue).toList());
        Outcome wide = plan(d -> permissive(), lookups, declared("a.yaml", ">=1.0.0")).outcomes().get(0);
        assertEquals(Status.NO_UPDATE, wide.status());
        assertEquals("range '>=1.0.0' already admits 2.1.0", wide.reason());
        Outcome complex = plan(d -> permissive(), lookups, declared("a.yaml", ">=1.0.0 <1.3.0 || 2.x")).outcomes().get(0);
        assertEquals(Status.SKIPPED, complex.status());
    }

    @Test
    void skips_failures_and_unversioned_values_carry_their_reasons() {
        Declaration skipped = declared("b.yaml", "1.0.0").withSkip(new SkipReason(SkipReason.Code.LOCAL_CHART, "chart comes from file://../x"));
        Map<PackageRef, LookupResult> failed = Map.of(NGINX, LookupResult.failed(NGINX, "GET …/index.yaml: 404 Not Found"));
        Plan plan = plan(d -> permissive(), failed, declared("a.yaml", "1.0.0"), skipped, declared("c.yaml", "latest"));
        assertEquals(Status.LOOKUP_FAILED, plan.outcomes().get(0).status());
        assertEquals("GET …/index.yaml: 404 Not Found", plan.outcomes().get(0).reason());
        assertEquals(Status.SKIPPED, plan.outcomes().get(1).status());
        assertEquals("chart comes from file://../x", plan.outcomes().get(1).reason());
        assertEquals(Status.LOOKUP_FAILED, plan.outcomes().get(2).status());
    }

    @Test
    void disabled_packages_are_skipped_but_show_the_newest() {
        EffectivePolicy off = new EffectivePolicy(false, Set.of(UpdateType.values()), List.of(), List.of(), Duration.ZERO, true, List.of("legacy"));
        Outcome o = plan(d -> off, index("1.0.0", "1.1.0"), declared("a.yaml", "1.0.0")).outcomes().get(0);
        assertEquals(Status.SKIPPED, o.status());
        assertEquals("1.1.0", o.newestOverall());
        assertEquals(List.of("legacy"), o.appliedRules());
    }

    @Test
    void the_same_chart_in_several_files_is_one_proposal() {
        Plan plan = plan(d -> permissive(), index("4.10.1", "4.11.2"), declared("a.yaml", "4.10.1"), declared("b.yaml", "4.10.1"));
        assertEquals(1, plan.proposals().size());
        assertEquals(2, plan.proposals().get(0).updates().size());
        assertEquals("Update chart ingress-nginx to 4.11.2", plan.proposals().get(0).title());
        assertNull(plan.outcomes().get(0).reason());
    }

    @Test
    void branch_names_follow_the_configured_prefix() {
        Plan plan = new Planner(VersionSchemes.helm(), d -> permissive(), NOW).withBranchPrefix("bots/")
                .plan(List.of(declared("a.yaml", "4.10.1")), index("4.10.1", "4.11.2"));
        assertEquals("bots/chart/ingress-nginx", plan.proposals().get(0).branch());
    }

    @Test
    void a_name_two_repositories_supply_keeps_its_branch_when_only_one_has_an_update() {
        PackageRef other = new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.other.io", "ingress-nginx");
        Declaration second = new Declaration("b.yaml", DeclarationKind.CHART_DEPENDENCY, "ingress-nginx", "4.11.2", new Span(0, 6, 1, 1), other, null);
        Map<PackageRef, LookupResult> lookups = Map.of(
                NGINX, LookupResult.found(NGINX, List.of(released("4.10.1", "9"), released("4.11.2", "9"))),
                other, LookupResult.found(other, List.of(released("4.11.2", "9"))));
        List<String> branches = plan(d -> permissive(), lookups, declared("a.yaml", "4.10.1"), second)
                .proposals().stream().map(Proposal::branch).toList();
        assertEquals(List.of("steward/chart/ingress-nginx-k8s.io"), branches);
    }

    @Test
    void two_repositories_on_one_host_get_distinct_stable_branches() {
        PackageRef a = new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.example.com/a", "podinfo");
        PackageRef b = new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.example.com/b", "podinfo");
        Declaration da = new Declaration("a.yaml", DeclarationKind.CHART_DEPENDENCY, "podinfo", "1.0.0", new Span(0, 5, 1, 1), a, null);
        Declaration db = new Declaration("b.yaml", DeclarationKind.CHART_DEPENDENCY, "podinfo", "1.0.0", new Span(0, 5, 1, 1), b, null);
        Map<PackageRef, LookupResult> lookups = Map.of(a, LookupResult.found(a, List.of(released("1.1.0", "9"))),
                b, LookupResult.found(b, List.of(released("1.1.0", "9"))));
        List<String> branches = plan(d -> permissive(), lookups, da, db).proposals().stream().map(Proposal::branch).toList();
        assertEquals(2, branches.stream().distinct().count(), branches.toString());
        assertTrue(branches.stream().allMatch(x -> x.matches("steward/chart/podinfo-charts.example.com-[0-9a-f]{6}")), branches.toString());
    }

    @CatalogueEntry(25)
    @Test
    void charts_of_the_same_name_from_two_repositories_get_distinct_branches() {
        PackageRef other = new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.other.io", "ingress-nginx");
        Declaration second = new Declaration("b.yaml", DeclarationKind.CHART_DEPENDENCY, "ingress-nginx", "4.10.1", new Span(0, 6, 1, 1), other, null);
        Map<PackageRef, LookupResult> lookups = Map.of(
                NGINX, LookupResult.found(NGINX, List.of(released("4.11.2", "9"))),
                other, LookupResult.found(other, List.of(released("4.11.2", "9"))));
        List<String> branches = plan(d -> permissive(), lookups, declared("a.yaml", "4.10.1"), second)
                .proposals().stream().map(Proposal::branch).toList();
        assertEquals(List.of("steward/chart/ingress-nginx-charts.other.io", "steward/chart/ingress-nginx-k8s.io"), branches);
    }
}
