package io.kubesteward.sources.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.http.HttpSettings;
import io.kubesteward.model.FetchStat;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Listing versions from maven-metadata.xml served over HTTP on 127.0.0.1, once per run. */
class MavenRepositorySourceTest {
    /** Building the resolver's system dominates a lookup; every test shares one, as a run's packages do. */
    static final ResolverRuntime SHARED = new ResolverRuntime();

    private final MavenRepositoryServer server = MavenRepositoryServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    static HttpSettings fast() {
        return HttpSettings.defaults()
                .withTimeouts(Duration.ofMillis(1000), Duration.ofMillis(500))
                .withRetries(0, Duration.ofMillis(5), Duration.ofMillis(20));
    }

    static PackageRef artifact(String repository, String name) {
        return new PackageRef(SourceKind.MAVEN_ARTIFACT, repository, name);
    }

    static MavenRepositorySource source(HttpSettings http, MavenSourceSettings settings) {
        return new MavenRepositorySource(http, settings, SHARED);
    }

    @Test
    void listsEveryPublishedVersionAndDatesOnlyTheNewest() {
        PackageRef lib = artifact(server.base() + "/public/", "com.example:lib");
        try (MavenRepositorySource source = source(fast(), MavenSourceSettings.defaults())) {
            LookupResult result = source.lookup(List.of(lib)).get(lib);

            assertTrue(result.ok(), result::failure);
            assertEquals(List.of("1.0.0", "v1.1.0", "1.2.0-rc.1", "1.2.0", "1.10.0", "2.0.0-M1"),
                    result.releases().stream().map(Release::version).toList());
            for (Release r : result.releases()) {
                Instant expected = r.version().equals("2.0.0-M1") ? Instant.parse("2024-01-02T03:04:05Z") : null;
                assertEquals(expected, r.created(), r.version());
            }
            FetchStat stat = source.stats().get(0);
            assertEquals("com.example:lib in " + server.base() + "/public", stat.repository());
            assertEquals("downloaded", stat.outcome());
            assertEquals(6, stat.entriesKept());
            assertTrue(stat.bytes() > 0);
        }
        assertEquals(List.of("/public/com/example/lib/maven-metadata.xml"), server.requests());
    }

    @Test
    void readsNamespacedMetadataWithoutALastUpdatedDate() {
        PackageRef tool = artifact(server.base() + "/public", "org.acme:tool");
        try (MavenRepositorySource source = source(fast(), MavenSourceSettings.defaults())) {
            LookupResult result = source.lookup(List.of(tool)).get(tool);

            assertEquals(List.of("3.0", "3.1"), result.releases().stream().map(Release::version).toList());
            assertTrue(result.releases().stream().allMatch(r -> r.created() == null));
        }
    }

    @Test
    void looksUpEachArtifactOncePerRunHoweverOftenItIsAsked() {
        PackageRef lib = artifact(server.base() + "/public", "com.example:lib");
        PackageRef sameWithSlash = artifact(server.base() + "/public/", "com.example:lib");
        try (MavenRepositorySource source = source(fast(), MavenSourceSettings.defaults())) {
            Map<PackageRef, LookupResult> first = source.lookup(List.of(lib, sameWithSlash, lib));
            Map<PackageRef, LookupResult> second = source.lookup(List.of(sameWithSlash));

            assertTrue(first.get(lib).ok() && first.get(sameWithSlash).ok() && second.get(sameWithSlash).ok());
            // the resolver's session would also serve a second request from its cache; the very same list shows
            // that the run did not even ask it again
            assertSame(first.get(lib).releases(), second.get(sameWithSlash).releases());
            assertEquals(1, source.stats().size());
        }
        assertEquals(1, server.count("/public/com/example/lib/maven-metadata.xml"));
    }

    @Test
    void eachRunAsksTheRepositoryAgain() {
        PackageRef lib = artifact(server.base() + "/public", "com.example:lib");
        for (int run = 0; run < 2; run++) {
            try (MavenRepositorySource source = source(fast(), MavenSourceSettings.defaults())) {
                assertTrue(source.lookup(List.of(lib)).get(lib).ok());
            }
        }
        assertEquals(2, server.count("/public/com/example/lib/maven-metadata.xml"));
    }

    @Test
    void keepsAnArtifactListedInTwoRepositoriesApart() {
        PackageRef inPublic = artifact(server.base() + "/public", "com.example:lib");
        PackageRef inOther = artifact(server.base() + "/other", "com.example:lib");
        try (MavenRepositorySource source = source(fast(), MavenSourceSettings.defaults())) {
            Map<PackageRef, LookupResult> results = source.lookup(List.of(inPublic, inOther));

            assertEquals(6, results.get(inPublic).releases().size());
            assertEquals(List.of("0.9.0", "0.9.1"), results.get(inOther).releases().stream().map(Release::version).toList());
            assertEquals(Instant.parse("2023-04-05T06:07:08Z"), results.get(inOther).releases().get(1).created());
            assertEquals(List.of("com.example:lib in " + server.base() + "/public", "com.example:lib in " + server.base() + "/other"),
                    source.stats().stream().map(FetchStat::repository).toList());
        }
    }

    @Test
    void failsOnePackageWithAReasonAndLeavesTheOthersAlone() {
        PackageRef lib = artifact(server.base() + "/public", "com.example:lib");
        PackageRef missing = artifact(server.base() + "/public", "com.example:missing");
        PackageRef broken = artifact(server.base() + "/broken", "com.example:lib");
        try (MavenRepositorySource source = source(fast(), MavenSourceSettings.defaults())) {
            Map<PackageRef, LookupResult> results = source.lookup(List.of(lib, missing, broken));

            assertTrue(results.get(lib).ok());
            assertEquals("no artifact com.example:missing in " + server.base() + "/public: " + server.base()
                    + "/public/com/example/missing/maven-metadata.xml does not exist"
                    + " — check the groupId:artifactId and the repository URL", results.get(missing).failure());
            assertEquals("GET " + server.base() + "/broken/com/example/lib/maven-metadata.xml: HTTP 500 Internal Server Error"
                    + " — the repository failed to answer; try again later, or tell its owners", results.get(broken).failure());
            assertEquals(List.of("downloaded", "failed", "failed"), source.stats().stream().map(FetchStat::outcome).toList());
        }
    }

    @Test
    void refusesWhatIsNotMavenMetadata() {
        String repo = server.base() + "/public";
        String files = repo + "/com/example/";
        try (MavenRepositorySource source = source(fast(), MavenSourceSettings.defaults())) {
            assertEquals(files + "notxml/maven-metadata.xml is not Maven metadata: the root element is <html>, not <metadata>"
                    + " — check the repository URL (a login page or a proxy error page looks like this)",
                    failure(source, repo, "com.example:notxml"));
            assertTrue(failure(source, repo, "com.example:garbage").startsWith(
                    files + "garbage/maven-metadata.xml is not Maven metadata: not well-formed XML"));
            assertTrue(failure(source, repo, "com.example:empty").startsWith(files + "empty/maven-metadata.xml lists no versions"));
            String doctype = failure(source, repo, "com.example:doctype");
            assertTrue(doctype.contains("not well-formed XML") && doctype.contains("DOCTYPE"), doctype);
        }
    }

    @Test
    void refusesNamesThatAreNotGroupAndArtifact() {
        try (MavenRepositorySource source = source(fast(), MavenSourceSettings.defaults())) {
            for (String name : List.of("com.example/lib", "lib", "com.example:lib:1.0", "com.example:..", "..:lib", ":lib")) {
                assertEquals("'" + name + "' is not groupId:artifactId — write the Maven package as groupId:artifactId,"
                        + " such as org.apache.commons:commons-lang3", failure(source, server.base() + "/public", name));
            }
        }
        assertEquals(List.of(), server.requests());
    }

    @Test
    void startsNothingWhenThereIsNothingToLookUp() {
        ResolverRuntime fresh = new ResolverRuntime();
        PackageRef helm = new PackageRef(SourceKind.HELM_REPOSITORY, server.base(), "nginx");
        try (MavenRepositorySource source = new MavenRepositorySource(fast(), MavenSourceSettings.defaults(), fresh)) {
            assertEquals(Map.of(), source.lookup(List.of()));
            assertEquals("not a Maven artifact (helm)", source.lookup(List.of(helm)).get(helm).failure());
            assertEquals("'x' is not groupId:artifactId — write the Maven package as groupId:artifactId,"
                    + " such as org.apache.commons:commons-lang3", failure(source, server.base() + "/public", "x"));
            assertFalse(fresh.started());
            assertNull(source.localRepository());
        }
    }

    @Test
    void keepsItsLocalRepositoryInATemporaryDirectoryAndDeletesItOnClose() {
        Path local;
        try (MavenRepositorySource source = source(fast(), MavenSourceSettings.defaults())) {
            assertTrue(source.lookup(List.of(artifact(server.base() + "/public", "com.example:lib"))).values().iterator().next().ok());
            local = source.localRepository();
            assertNotNull(local);
            assertTrue(Files.isDirectory(local));
            assertTrue(local.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), local::toString);
            assertFalse(local.startsWith(Path.of(System.getProperty("user.home"), ".m2")), local::toString);
        }
        assertFalse(Files.exists(local), local::toString);
        assertTrue(SHARED.started(), "a source given a shared system leaves it running");
    }

    @Test
    void aSourceBuiltForARunStartsItsOwnSystem() {
        PackageRef lib = artifact(server.base() + "/other", "com.example:lib");
        try (MavenRepositorySource source = new MavenRepositorySource(fast(), MavenSourceSettings.defaults())) {
            assertTrue(source.lookup(List.of(lib)).get(lib).ok());
        }
    }

    static String failure(MavenRepositorySource source, String repository, String name) {
        PackageRef p = artifact(repository, name);
        LookupResult result = source.lookup(List.of(p)).get(p);
        assertFalse(result.ok(), () -> name + " unexpectedly found: " + result.releases());
        return result.failure();
    }
}
