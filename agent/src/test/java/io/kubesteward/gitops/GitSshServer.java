package io.kubesteward.gitops;

import io.kubesteward.gitops.jgit.JdkEd25519;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * Git over ssh on 127.0.0.1: Apache MINA sshd with JGit's UploadPack and ReceivePack behind
 * {@code git-upload-pack} and {@code git-receive-pack}, serving the bare repositories in one directory to
 * one user with public-key authentication only. Its host key is a fresh Ed25519 key.
 */
final class GitSshServer implements AutoCloseable {
    private final SshServer server;
    private final ExecutorService commands;
    private final KeyPair hostKey;
    private final AtomicReference<List<PublicKey>> authorized;

    private GitSshServer(SshServer server, ExecutorService commands, KeyPair hostKey, AtomicReference<List<PublicKey>> authorized) {
        this.server = server;
        this.commands = commands;
        this.hostKey = hostKey;
        this.authorized = authorized;
    }

    static GitSshServer start(Path repositories, String user, List<PublicKey> authorizedKeys) throws Exception {
        JdkEd25519.install();
        KeyPair hostKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        AtomicReference<List<PublicKey>> authorized = new AtomicReference<>(List.copyOf(authorizedKeys));
        ExecutorService commands = Executors.newCachedThreadPool();
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(session -> List.of(hostKey));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setHostBasedAuthenticator(null);
        server.setPublickeyAuthenticator((name, key, session) -> user.equals(name)
                && authorized.get().stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
        server.setCommandFactory((channel, command) -> new GitCommand(command, repositories, commands));
        server.start();
        return new GitSshServer(server, commands, hostKey, authorized);
    }

    int port() {
        return server.getPort();
    }

    String url(String repository) {
        return "ssh://git@127.0.0.1:" + port() + "/" + repository;
    }

    PublicKey hostKey() {
        return hostKey.getPublic();
    }

    /** The known_hosts line that vouches for this server. */
    String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    void authorize(List<PublicKey> keys) {
        authorized.set(List.copyOf(keys));
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
        commands.shutdownNow();
    }

    /** One {@code git-upload-pack '/repo.git'} or {@code git-receive-pack 'repo.git'}, run on its own thread. */
    private static final class GitCommand implements Command {
        private final String command;
        private final Path repositories;
        private final ExecutorService threads;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(String command, Path repositories, ExecutorService threads) {
            this.command = command;
            this.repositories = repositories;
            this.threads = threads;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback exit) {
            this.exit = exit;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            threads.submit(() -> run(env.getEnv().get("GIT_PROTOCOL")));
        }

        private void run(String protocol) {
            String[] parts = command.split(" ", 2);
            Path dir = parts.length < 2 ? null
                    : repositories.resolve(parts[1].replace("'", "").replaceFirst("^/+", "")).normalize();
            if (dir == null || !dir.startsWith(repositories) || !List.of("git-upload-pack", "git-receive-pack").contains(parts[0])) {
                fail("unknown command: " + command);
                return;
            }
            try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build()) {
                if (parts[0].equals("git-upload-pack")) {
                    UploadPack upload = new UploadPack(repo);
                    if (protocol != null) {
                        upload.setExtraParameters(List.of(protocol));
                    }
                    upload.upload(in, out, err);
                } else {
                    new ReceivePack(repo).receive(in, out, err);
                }
                exit.onExit(0);
            } catch (IOException e) {
                fail(e.toString());
            }
        }

        private void fail(String why) {
            try {
                err.write((why + "\n").getBytes(StandardCharsets.UTF_8));
                err.flush();
            } catch (IOException ignored) {
                // the client went away; the exit status still tells
            }
            exit.onExit(1, why);
        }

        @Override
        public void destroy(ChannelSession channel) {
            // the command thread ends when its streams close
        }
    }
}
