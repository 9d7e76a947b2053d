package io.kubesteward.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.FetchStat;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceFile;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.Span;
import io.kubesteward.model.UpdateType;
import io.kubesteward.planning.Outcome;
import io.kubesteward.planning.Planner;
import io.kubesteward.planning.Status;
import io.kubesteward.planning.Update;
import io.kubesteward.policy.EffectivePolicy;
import io.kubesteward.sources.DigestResolver;
import io.kubesteward.sources.ReleaseSource;
import io.kubesteward.versioning.VersionSchemes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pipeline asks a registry for digests and dates only after choosing, then plans again. */
class PlanPipelineTest {
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    private static final PackageRef NGINX = new PackageRef(SourceKind.DOCKER_IMAGE, "docker.io", "library/nginx");

    /** A registry in memory: tags from lookup, digests and dates only on request, and a log of what was asked. */
    private static final class Registry implements ReleaseSource, DigestResolver {
        final Map<String, String> digestByTag = new HashMap<>();
        final Map<String, Instant> builtByTag = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public SourceKind kind() {
            return SourceKind.DOCKER_IMAGE;
        }

        @Override
        public Map<PackageRef, LookupResult> lookup(Collection<PackageRef> packages) {
            Map<PackageRef, LookupResult> out = new HashMap<>();
            packages.forEach(p -> out.put(p, LookupResult.found(p, digestByTag.keySet().stream().map(Release::of).toList())));
            return out;
        }

        @Override
        public List<FetchStat> stats() {
            return List.of();
        }

        @Override
        public Map<String, String> digests(PackageRef pkg, Collection<String> versions) {
            versions.forEach(v -> asked.add("digest " + v));
            Map<String, String> out = new HashMap<>();
            versions.forEach(v -> out.put(v, digestByTag.get(v)));
            out.values().removeIf(v -> v == null);
            return out;
        }

        @Override
        public Map<String, Instant> created(PackageRef pkg, Collection<String> versions) {
            versions.forEach(v -> asked.add("date " + v));
            Map<String, Instant> out = new HashMap<>();
            versions.forEach(v -> out.put(v, builtByTag.get(v)));
            out.values().removeIf(v -> v == null);
            return out;
        }
    }

    private static Outcome plan(Registry registry, EffectivePolicy policy, Declaration d) {
        Planner planner = new Planner(VersionSchemes::forDeclaration, x -> policy, NOW);
        PlanRequest request = new PlanRequest(List.of(new SourceFile("deploy.yaml", "")), List.of(),
                files -> new Extracted(List.of(d), List.of()), Map.of(SourceKind.DOCKER_IMAGE, registry), Map.of(), planner,
                (files, proposal) -> ProposalEdits.Edited.failed("not edited in this test"));
        return new PlanPipeline(Progress.SILENT).run(request).plan().outcomes().get(0);
    }

    private static Declaration pinned(String tag, String digest) {
        return new Declaration("deploy.yaml", DeclarationKind.CONTAINER_IMAGE, "nginx", tag, new Span(20, 20 + tag.length(), 3, 12), NGINX, null)
                .withDigest(digest, new Span(27, 27 + digest.length(), 3, 19));
    }

    @Test
    void a_pinned_image_moves_with_the_digest_of_its_new_tag_fetched_only_for_the_tags_needed() {
        Registry registry = new Registry();
        registry.digestByTag.putAll(Map.of("1.25.3", "sha256:" + "a".repeat(64), "1.25.4", "sha256:" + "b".repeat(64),
                "1.26.0", "sha256:" + "c".repeat(64)));
        Outcome o = plan(registry, EffectivePolicy.permissive(), pinned("1.25.3", "sha256:" + "a".repeat(64)));
        assertEquals(Status.UPDATE, o.status());
        Update u = o.updates().get(0);
        assertEquals("1.26.0", u.newValue());
        assertEquals("sha256:" + "c".repeat(64), u.newDigest());
        assertEquals(Set.of("digest 1.25.3", "digest 1.26.0"), Set.copyOf(registry.asked));
    }

    @Test
    void a_rebuilt_tag_gets_a_digest_update() {
        Registry registry = new Registry();
        registry.digestByTag.put("1.25.3", "sha256:" + "d".repeat(64));
        Outcome o = plan(registry, EffectivePolicy.permissive(), pinned("1.25.3", "sha256:" + "a".repeat(64)));
        assertEquals(UpdateType.DIGEST, o.updates().get(0).type());
        assertEquals("1.25.3", o.updates().get(0).newValue());
        assertEquals("sha256:" + "d".repeat(64), o.updates().get(0).newDigest());
    }

    @Test
    void minimum_release_age_fetches_dates_of_the_newest_candidates_and_falls_back() {
        Registry registry = new Registry();
        registry.digestByTag.putAll(Map.of("1.25.3", "x", "1.25.4", "y", "1.25.5", "z"));
        registry.builtByTag.put("1.25.4", NOW.minus(Duration.ofDays(20)));
        registry.builtByTag.put("1.25.5", NOW.minus(Duration.ofDays(1)));
        EffectivePolicy week = new EffectivePolicy(true, Set.of(UpdateType.values()), List.of(), List.of(), Duration.ofDays(7), true, List.of());
        Declaration unpinned = new Declaration("deploy.yaml", DeclarationKind.CONTAINER_IMAGE, "nginx", "1.25.3", new Span(0, 6, 1, 1), NGINX, null);
        Outcome o = plan(registry, week, unpinned);
        assertEquals("1.25.4", o.updates().get(0).newValue());
        assertTrue(o.reason().contains("1.25.5 was released 1d ago"), o.reason());
        assertTrue(registry.asked.stream().noneMatch(a -> a.startsWith("digest")), "an unpinned reference needs no digests");
    }
}
