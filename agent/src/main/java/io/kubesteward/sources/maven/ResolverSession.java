package io.kubesteward.sources.maven;

import io.kubesteward.http.HttpSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.aether.ConfigurationProperties;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.metadata.DefaultMetadata;
import org.eclipse.aether.metadata.Metadata;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.MetadataRequest;
import org.eclipse.aether.resolution.MetadataResult;
import org.eclipse.aether.transport.apache.ApacheTransporterConfigurationKeys;
import org.eclipse.aether.util.repository.AuthenticationBuilder;

/**
 * One run's Maven Resolver session: a local repository in a temporary directory that it deletes on
 * close (never ~/.m2), metadata always fetched anew, checksums ignored. The resolver caches metadata
 * per session whatever the update policy, so each run needs its own. Thread-safe.
 */
final class ResolverSession implements AutoCloseable {
    /** The resolver's remote-repository prefix filter (an internal class's key). */
    private static final String PREFIX_FILTER = "aether.remoteRepositoryFilter.prefixes";

    private final RepositorySystem system;
    private final CloseableSession session;
    private final Path localRepository;
    /** By URL: every target with one URL has the same credentials, those of the rule for that URL. */
    private final Map<String, RemoteRepository> repositories = new HashMap<>();
    private final Map<String, List<String>> secrets = new HashMap<>();

    private ResolverSession(RepositorySystem system, CloseableSession session, Path localRepository) {
        this.system = system;
        this.session = session;
        this.localRepository = localRepository;
    }

    static ResolverSession open(RepositorySystem system, HttpSettings http) throws IOException {
        Path local = Files.createTempDirectory("steward-maven-");
        CloseableSession session = system.createSessionBuilder()
                .withLocalRepositoryBaseDirectories(local)
                .setUpdatePolicy(RepositoryPolicy.UPDATE_POLICY_ALWAYS)
                // checksums come from the same server, so they only guard against corruption in transit
                // (TLS does that); WARN would cost a request per file and only log. A damaged file fails the XML parse.
                .setChecksumPolicy(RepositoryPolicy.CHECKSUM_POLICY_IGNORE)
                .setConfigProperty(ConfigurationProperties.USER_AGENT, http.userAgent())
                .setConfigProperty(ConfigurationProperties.CONNECT_TIMEOUT, millis(http.connectTimeout().toMillis()))
                .setConfigProperty(ConfigurationProperties.REQUEST_TIMEOUT, millis(http.requestTimeout().toMillis()))
                .setConfigProperty(ConfigurationProperties.HTTP_RETRY_HANDLER_COUNT, http.maxRetries())
                .setConfigProperty(ConfigurationProperties.HTTP_RETRY_HANDLER_INTERVAL, http.baseBackoff().toMillis())
                .setConfigProperty(ConfigurationProperties.HTTP_RETRY_HANDLER_INTERVAL_MAX, http.maxRetryAfter().toMillis())
                // the credentials are scoped to the repository's host; sending them at once saves a 401 round trip
                .setConfigProperty(ConfigurationProperties.HTTP_PREEMPTIVE_AUTH, true)
                // one metadata file per artifact: a prefix file would only add a request per repository
                .setConfigProperty(PREFIX_FILTER, false)
                // a redirect could lead to a host that is not allowed, and the resolver's client cannot be asked
                .setConfigProperty(ApacheTransporterConfigurationKeys.CONFIG_PROP_FOLLOW_REDIRECTS,
                        http.allowedHosts().isEmpty())
                .build();
        return new ResolverSession(system, session, local);
    }

    /** Brings the artifact's metadata to a local file; throws with a reason for people. */
    Path fetchMetadata(RepositoryTarget target, Coordinates artifact, HttpSettings http) throws ArtifactUnavailable {
        Metadata metadata = new DefaultMetadata(artifact.groupId(), artifact.artifactId(), "maven-metadata.xml",
                Metadata.Nature.RELEASE_OR_SNAPSHOT);
        MetadataRequest request = new MetadataRequest(metadata, remote(target), null).setFavorLocalRepository(false);
        MetadataResult result = system.resolveMetadata(session, List.of(request)).get(0);
        Path file = result.getMetadata() == null ? null : result.getMetadata().getPath();
        if (result.isResolved() && file != null && Files.isRegularFile(file)) {
            return file;
        }
        Exception failure = result.getException() != null ? result.getException()
                : new IllegalStateException("the resolver returned no metadata file");
        throw ResolverFailures.describe(failure, target, artifact, http, secretsOf(target));
    }

    Path localRepository() {
        return localRepository;
    }

    /** Deletes the temporary local repository. */
    @Override
    public void close() {
        session.close();
        try (Stream<Path> walk = Files.walk(localRepository)) {
            walk.sorted(Comparator.reverseOrder()).forEach(ResolverSession::delete);
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary directory is not worth failing a run for
        }
    }

    private synchronized RemoteRepository remote(RepositoryTarget target) {
        return repositories.computeIfAbsent(url(target), url -> {
            String id = "steward-" + repositories.size();
            RepositoryPolicy policy = new RepositoryPolicy(true, RepositoryPolicy.UPDATE_POLICY_ALWAYS,
                    RepositoryPolicy.CHECKSUM_POLICY_IGNORE);
            RemoteRepository.Builder b = new RemoteRepository.Builder(id, "default", url).setPolicy(policy);
            proxyFor(url).ifPresent(b::setProxy);
            List<String> known = new ArrayList<>();
            if (target instanceof RepositoryTarget.Remote r) {
                r.credentials().applyBasic((user, password) -> {
                    known.add(password);
                    return b.setAuthentication(new AuthenticationBuilder().addUsername(user).addPassword(password).build());
                });
            }
            secrets.put(url, known);
            return b.build();
        });
    }

    /** The proxy the JVM's selector (set from HTTPS_PROXY and friends) names for {@code url}. */
    private static Optional<org.eclipse.aether.repository.Proxy> proxyFor(String url) {
        try {
            for (java.net.Proxy p : ProxySelector.getDefault().select(URI.create(url))) {
                if (p.type() == java.net.Proxy.Type.HTTP && p.address() instanceof InetSocketAddress a) {
                    return Optional.of(new org.eclipse.aether.repository.Proxy("http", a.getHostString(), a.getPort()));
                }
            }
        } catch (IllegalArgumentException e) {
            // not a URL the selector can judge: connect directly, and let the transport say what is wrong
        }
        return Optional.empty();
    }

    private synchronized List<String> secretsOf(RepositoryTarget target) {
        return secrets.getOrDefault(url(target), List.of());
    }

    private static String url(RepositoryTarget target) {
        return target instanceof RepositoryTarget.Remote r ? r.url()
                : ((RepositoryTarget.Folder) target).directory().toUri().toString();
    }

    private static int millis(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
