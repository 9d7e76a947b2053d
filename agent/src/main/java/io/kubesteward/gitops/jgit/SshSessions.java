package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.SshSettings;
import io.kubesteward.gitops.WorkspaceFailure;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * JGit's ssh transport as Steward uses it: one private key, public-key authentication only, host keys checked
 * against the configured known_hosts file, no ssh agent, and no {@code ~/.ssh} (neither its config, keys nor
 * known_hosts): the ssh home is a directory of Steward's own that need not exist.
 */
final class SshSessions implements AutoCloseable {
    private final SshdSessionFactory factory;
    private final KnownHosts knownHosts;
    private final String keyDescription;
    private final String user;

    private SshSessions(SshdSessionFactory factory, KnownHosts knownHosts, String keyDescription, String user) {
        this.factory = factory;
        this.knownHosts = knownHosts;
        this.keyDescription = keyDescription;
        this.user = user;
    }

    /** Reads the key and checks the known_hosts file now, so that a bad setting fails before any clone. */
    static SshSessions open(SshSettings settings, String uri, Path home) throws WorkspaceFailure {
        KeyPair key = SshKeys.load(settings.privateKey().toAbsolutePath().normalize(), settings.passphrase(), "the ssh key");
        KnownHosts hosts = KnownHosts.open(settings.knownHosts(), settings.acceptNewHosts());
        Path sshDir = home.resolve(".ssh");
        SshdSessionFactory factory = new SshdSessionFactoryBuilder()
                .setHomeDirectory(home.toFile())
                .setSshDirectory(sshDir.toFile())
                .setConfigFile(dir -> null)
                .setPreferredAuthentications("publickey")
                .setConnectorFactory(null)
                .setDefaultIdentities(dir -> List.of())
                .setDefaultKeysProvider(dir -> List.of(key))
                .setDefaultKnownHostsFiles(dir -> List.of(settings.knownHosts()))
                .setServerKeyDatabase((homeDir, dir) -> hosts)
                .build(null);
        return new SshSessions(factory, hosts, SshKeys.describe(key.getPublic()), user(uri));
    }

    void configure(Transport transport) {
        if (transport instanceof SshTransport ssh) {
            ssh.setSshSessionFactory(factory);
        }
    }

    /** The ssh reason behind {@code e} in words, when it has one: a refused host key or a refused client key. */
    Optional<String> explain(Throwable e) {
        Optional<String> hostKey = knownHosts.takeRefusal();
        if (hostKey.isPresent()) {
            return hostKey;
        }
        if (keyRefused(e)) {
            return Optional.of("the server refused Steward's ssh key " + keyDescription + " for user " + user + ". Register the"
                    + " public key with write access to the repository (as a deploy key, or on the account Steward acts as),"
                    + " and check the user name in the URL (GitHub, GitLab and Gitea expect git@).");
        }
        return Optional.empty();
    }

    private static boolean keyRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No more authentication methods available") || message.contains("Cannot log in at")) {
                return true;
            }
        }
        return false;
    }

    private static String user(String uri) {
        try {
            String user = new URIish(uri).getUser();
            return user == null || user.isEmpty() ? "(none in the URL, so the local user's name)" : user;
        } catch (URISyntaxException e) {
            return "(unknown)";
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
