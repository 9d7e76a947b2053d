package io.kubesteward.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.FetchStat;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.ReleaseSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each kind of source is asked once, all kinds at the same time. */
class LookupsTest {
    private static final PackageRef CHART = new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.example.com", "web");
    private static final PackageRef IMAGE = new PackageRef(SourceKind.DOCKER_IMAGE, "docker.io", "library/nginx");
    private static final PackageRef ARTIFACT = new PackageRef(SourceKind.MAVEN_ARTIFACT, "https://repo.example.com", "a:b");

    /** A source that answers only once every other source has been asked too: asked one after another, it would wait forever. */
    private record Meeting(SourceKind kind, CountDownLatch everyone) implements ReleaseSource {
        @Override
        public Map<PackageRef, LookupResult> lookup(Collection<PackageRef> packages) {
            everyone.countDown();
            try {
                if (!everyone.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the other sources were not asked meanwhile");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Map<PackageRef, LookupResult> out = new HashMap<>();
            packages.forEach(p -> out.put(p, LookupResult.found(p, List.of(Release.of("1.0.0")))));
            return out;
        }

        @Override
        public List<FetchStat> stats() {
            return List.of();
        }
    }

    private static Declaration declared(PackageRef pkg) {
        return new Declaration("f.yaml", DeclarationKind.ANNOTATED_VALUE, pkg.name(), "0.9.0", null, pkg, null);
    }

    @Test
    void everySourceIsAskedAtTheSameTimeAndEachPackageOnce() {
        CountDownLatch everyone = new CountDownLatch(2);
        Map<SourceKind, ReleaseSource> sources = Map.of(
                SourceKind.HELM_REPOSITORY, new Meeting(SourceKind.HELM_REPOSITORY, everyone),
                SourceKind.DOCKER_IMAGE, new Meeting(SourceKind.DOCKER_IMAGE, everyone));

        Map<PackageRef, LookupResult> results = Lookups.run(List.of(declared(CHART), declared(IMAGE), declared(CHART),
                declared(ARTIFACT)), sources);

        assertEquals(3, results.size());
        assertEquals(List.of(Release.of("1.0.0")), results.get(CHART).releases());
        assertEquals(List.of(Release.of("1.0.0")), results.get(IMAGE).releases());
        assertTrue(results.get(ARTIFACT).failure().contains("no source is configured for maven"), results.get(ARTIFACT).failure());
    }
}
