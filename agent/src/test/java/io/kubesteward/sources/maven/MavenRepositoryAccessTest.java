package io.kubesteward.sources.maven;

import static io.kubesteward.sources.maven.MavenRepositorySourceTest.artifact;
import static io.kubesteward.sources.maven.MavenRepositorySourceTest.failure;
import static io.kubesteward.sources.maven.MavenRepositorySourceTest.fast;
import static io.kubesteward.sources.maven.MavenRepositorySourceTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.http.Credentials;
import io.kubesteward.model.FetchStat;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.sources.CredentialRule;
import io.kubesteward.sources.Mirror;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Credentials, mirrors, the host allow-list and network failures, against a real server on 127.0.0.1. */
class MavenRepositoryAccessTest {
    private static final String CANARY = MavenRepositoryServer.PASSWORD;

    private final MavenRepositoryServer server = MavenRepositoryServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private MavenSourceSettings withCredentials(String prefix, Credentials credentials) {
        return MavenSourceSettings.defaults().withCredentials(List.of(new CredentialRule(prefix, credentials)));
    }

    @Test
    void readsAProtectedRepositoryWithTheCredentialsForItsPrefix() {
        PackageRef secret = artifact(server.base() + "/private", "com.example:secret");
        MavenSourceSettings settings = withCredentials(server.base() + "/private",
                Credentials.basic(MavenRepositoryServer.USER, CANARY));
        try (MavenRepositorySource source = source(fast(), settings)) {
            LookupResult result = source.lookup(List.of(secret)).get(secret);
            assertTrue(result.ok(), result::failure);
            assertEquals(List.of("4.1.0", "4.2.0"), result.releases().stream().map(Release::version).toList());
        }
    }

    @Test
    void withoutCredentialsSaysTheRepositoryNeedsThem() {
        try (MavenRepositorySource source = source(fast(), MavenSourceSettings.defaults())) {
            assertEquals("GET " + server.base() + "/private/com/example/secret/maven-metadata.xml: HTTP 401 Unauthorized"
                    + " — the repository needs credentials; configure a username and password for its URL",
                    failure(source, server.base() + "/private", "com.example:secret"));
        }
    }

    @Test
    void wrongCredentialsAreBlamedWithoutShowingThePassword() {
        String wrong = CANARY + "-wrong";
        MavenSourceSettings settings = withCredentials(server.base(), Credentials.basic(MavenRepositoryServer.USER, wrong));
        PackageRef secret = artifact(server.base() + "/private", "com.example:secret");
        try (MavenRepositorySource source = source(fast(), settings)) {
            Map<PackageRef, LookupResult> results = source.lookup(List.of(secret));
            String failure = results.get(secret).failure();

            assertEquals("GET " + server.base() + "/private/com/example/secret/maven-metadata.xml: HTTP 401 Unauthorized"
                    + " — the repository refused the credentials configured for it; check the username and password", failure);
            String everything = results + " " + source.stats();
            assertFalse(everything.contains("CANARY"), everything);
        }
    }

    @Test
    void usesCredentialsWrittenIntoTheRepositoryUrlButNeverShowsThem() {
        String withUserInfo = server.base().replace("http://", "http://" + MavenRepositoryServer.USER + ":" + CANARY + "@");
        PackageRef secret = artifact(withUserInfo + "/private", "com.example:secret");
        PackageRef missing = artifact(withUserInfo + "/private", "com.example:missing");
        try (MavenRepositorySource source = source(fast(), MavenSourceSettings.defaults())) {
            Map<PackageRef, LookupResult> results = source.lookup(List.of(secret, missing));

            assertTrue(results.get(secret).ok(), results.get(secret)::failure);
            assertTrue(results.get(missing).failure().startsWith("no artifact com.example:missing in " + server.base() + "/private:"),
                    results.get(missing)::failure);
            String shown = results.get(missing).failure() + " " + source.stats();
            assertFalse(shown.contains("CANARY"), shown);
        }
    }

    @Test
    void refusesBearerTokensWithAReason() {
        MavenSourceSettings settings = withCredentials(server.base(), Credentials.bearer(CANARY));
        try (MavenRepositorySource source = source(fast(), settings)) {
            String failure = failure(source, server.base() + "/private", "com.example:secret");
            assertTrue(failure.startsWith("the credentials for " + server.base() + "/private are a bearer token"), failure);
            assertFalse(failure.contains("CANARY"), failure);
        }
        assertEquals(List.of(), server.requests());
    }

    @Test
    void readsAFolderMirrorInRepositoryLayout() {
        String declared = "https://maven.example.com/releases";
        MavenSourceSettings settings = MavenSourceSettings.defaults()
                .withMirrors(List.of(Mirror.toFolder(declared, MavenRepositoryServer.layouts().resolve("public"))));
        PackageRef lib = artifact(declared, "com.example:lib");
        try (MavenRepositorySource source = source(fast(), settings)) {
            LookupResult result = source.lookup(List.of(lib)).get(lib);
            assertTrue(result.ok(), result::failure);
            assertEquals(6, result.releases().size());
            FetchStat stat = source.stats().get(0);
            assertEquals("com.example:lib in " + declared, stat.repository());
            assertEquals("mirror-folder", stat.outcome());

            String missing = failure(source, declared, "com.example:missing");
            assertTrue(missing.startsWith("no artifact com.example:missing in " + declared + ": "), missing);
            assertTrue(missing.contains("(mirror folder for " + declared + ")"), missing);
        }
        assertEquals(List.of(), server.requests());
    }

    @Test
    void readsAUrlMirrorInsteadOfTheDeclaredRepository() {
        String declared = "https://repo.example.com/maven2";
        MavenSourceSettings settings = MavenSourceSettings.defaults()
                .withMirrors(List.of(Mirror.toUrl(declared, server.base() + "/other/")));
        PackageRef lib = artifact(declared + "/", "com.example:lib");
        try (MavenRepositorySource source = source(fast(), settings)) {
            LookupResult result = source.lookup(List.of(lib)).get(lib);
            assertEquals(List.of("0.9.0", "0.9.1"), result.releases().stream().map(Release::version).toList());
            assertEquals("com.example:lib in " + declared, source.stats().get(0).repository());
            assertEquals("no artifact com.example:missing in " + declared + ": " + server.base()
                    + "/other/com/example/missing/maven-metadata.xml (mirror for " + declared + ") does not exist"
                    + " — check the groupId:artifactId and the repository URL", failure(source, declared, "com.example:missing"));
        }
        assertEquals(List.of("/other/com/example/lib/maven-metadata.xml", "/other/com/example/missing/maven-metadata.xml"),
                server.requests());
    }

    @Test
    void blocksHostsThatAreNotAllowedBeforeTheResolverConnects() {
        ResolverRuntime fresh = new ResolverRuntime();
        PackageRef lib = artifact(server.base() + "/public", "com.example:lib");
        try (MavenRepositorySource source = new MavenRepositorySource(fast().withAllowedHosts(Set.of("repo.example.org")),
                MavenSourceSettings.defaults(), fresh)) {
            assertEquals("blocked: host '127.0.0.1' of " + server.base() + "/public is not among the allowed hosts"
                    + " [repo.example.org] (checked before Maven Resolver connects) — add it to the allowed hosts,"
                    + " or configure a mirror for " + server.base() + "/public", source.lookup(List.of(lib)).get(lib).failure());
            assertEquals("failed", source.stats().get(0).outcome());
        }
        assertEquals(List.of(), server.requests());
        assertFalse(fresh.started());
    }

    @Test
    void allowsAListedHost() {
        PackageRef lib = artifact(server.base() + "/public", "com.example:lib");
        try (MavenRepositorySource source = source(fast().withAllowedHosts(Set.of("127.0.0.1")), MavenSourceSettings.defaults())) {
            assertTrue(source.lookup(List.of(lib)).get(lib).ok());
        }
    }

    @Test
    void refusesRepositoriesThatAreNotHttp() {
        try (MavenRepositorySource source = source(fast(), MavenSourceSettings.defaults())) {
            assertEquals("repository 'file:///etc' is not an http(s) URL — check the repository URL, or define a mirror for it",
                    failure(source, "file:///etc", "com.example:lib"));
        }
    }

    @Test
    void saysWhenTheHostCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (MavenRepositorySource source = source(fast(), MavenSourceSettings.defaults())) {
            String failure = failure(source, "http://127.0.0.1:" + closedPort + "/maven2", "com.example:lib");
            assertTrue(failure.startsWith("GET http://127.0.0.1:" + closedPort + "/maven2/com/example/lib/maven-metadata.xml:"
                    + " cannot connect ("), failure);
            assertTrue(failure.endsWith(") — check the host name and port, and any proxy or firewall"), failure);
        }
    }

    @Test
    void givesUpAfterTheRequestTimeout() {
        long start = System.nanoTime();
        try (MavenRepositorySource source = source(fast().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)),
                MavenSourceSettings.defaults())) {
            assertEquals("GET " + server.base() + "/slow/com/example/lib/maven-metadata.xml: no response within 300 ms"
                    + " — check the network, or raise the request timeout", failure(source, server.base() + "/slow", "com.example:lib"));
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1900, "waited for the slow server");
    }
}
