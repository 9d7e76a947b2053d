package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.WorkspaceFailure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

/**
 * Host key checking against one OpenSSH known_hosts file, strict unless first contact may be trusted. The
 * file is read afresh on each connection. When a key is refused, the reason in words waits in
 * {@link #takeRefusal()}: sshd itself only says "Server key did not validate".
 */
final class KnownHosts implements ServerKeyDatabase {
    private static final int SSH_PORT = 22;

    private final Path file;
    private final boolean acceptNew;
    private final AtomicReference<String> refusal = new AtomicReference<>();

    private KnownHosts(Path file, boolean acceptNew) {
        this.file = file;
        this.acceptNew = acceptNew;
    }

    /** Checks the file can serve before any connection: it must exist and be readable, unless new hosts may create it. */
    static KnownHosts open(Path file, boolean acceptNew) throws WorkspaceFailure {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new WorkspaceFailure("the known_hosts file " + absolute + " is a directory; point the setting at the file.");
        }
        if (!Files.exists(absolute) && !acceptNew) {
            throw new WorkspaceFailure("the known_hosts file " + absolute + " does not exist. Create it with the git server's"
                    + " host key (ssh-keyscan HOST > FILE, then compare the fingerprint with the one the server publishes).");
        }
        if (Files.exists(absolute) && !Files.isReadable(absolute)) {
            throw new WorkspaceFailure("the known_hosts file " + absolute + " cannot be read: permission denied.");
        }
        return new KnownHosts(absolute, acceptNew);
    }

    /** Why the last host key was refused, once. */
    Optional<String> takeRefusal() {
        return Optional.ofNullable(refusal.getAndSet(null));
    }

    @Override
    public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
        try {
            return matching(read(), connectAddress).stream().filter(e -> !e.revoked()).map(KnownKey::key).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey, Configuration config,
                          CredentialsProvider provider) {
        refusal.set(null);
        String offered = SshKeys.describe(serverKey);
        List<KnownKey> known;
        try {
            known = matching(read(), connectAddress);
        } catch (IOException e) {
            return refuse("cannot read the known_hosts file " + file + " (" + e.getClass().getSimpleName() + ") to check the"
                    + " host key of " + connectAddress + "; Steward did not connect.");
        }
        if (known.stream().anyMatch(k -> k.revoked() && KeyUtils.compareKeys(k.key(), serverKey))) {
            return refuse("the host key of " + connectAddress + " (" + offered + ") is marked @revoked in " + file
                    + "; Steward did not connect. Ask the server's administrators which key is current.");
        }
        List<KnownKey> trusted = known.stream().filter(k -> !k.revoked()).toList();
        if (trusted.stream().anyMatch(k -> KeyUtils.compareKeys(k.key(), serverKey))) {
            return true;
        }
        if (!trusted.isEmpty()) {
            String recorded = trusted.stream().map(k -> SshKeys.describe(k.key())).collect(Collectors.joining(", "));
            return refuse("the host key of " + connectAddress + " does not match the known_hosts file " + file
                    + ": the server offered " + offered + ", the file holds " + recorded + ". Steward did not connect: either"
                    + " the server's key was replaced (check the new fingerprint with its administrators, then replace the"
                    + " host's line in the file) or someone is intercepting the connection.");
        }
        if (acceptNew) {
            return remember(connectAddress, serverKey, offered);
        }
        return refuse("the host key of " + connectAddress + " (" + offered + ") is not in the known_hosts file " + file
                + ". Steward checks host keys strictly: add the host's key (" + keyscan(connectAddress) + " >> " + file
                + ", then compare the fingerprint with the one the server publishes), or allow first contact with the"
                + " accept-new setting.");
    }

    private boolean remember(String connectAddress, PublicKey serverKey, String offered) {
        String line = connectAddress + " " + PublicKeyEntry.toString(serverKey) + "\n";
        try {
            Files.writeString(file, separator() + line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return true;
        } catch (IOException e) {
            return refuse("the host " + connectAddress + " is new (" + offered + "), but Steward cannot record its key in "
                    + file + " (" + e.getClass().getSimpleName() + "), so it did not connect. Add this line to the file: "
                    + line.strip());
        }
    }

    /** A newline first when the file does not end in one, so the new entry starts on its own line. */
    private String separator() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return "";
        }
        byte[] bytes = Files.readAllBytes(file);
        return bytes[bytes.length - 1] == '\n' ? "" : "\n";
    }

    private boolean refuse(String why) {
        refusal.set(why);
        return false;
    }

    private List<KnownKey> read() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<KnownKey> keys = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            parse(line).ifPresent(keys::add);
        }
        return keys;
    }

    /** One line, or empty for comments, host certificate authorities, and lines or key types sshd cannot read. */
    private static Optional<KnownKey> parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return Optional.empty();
        }
        try {
            KnownHostEntry entry = KnownHostEntry.parseKnownHostEntry(text);
            if (entry == null || entry.getKeyEntry() == null || "cert-authority".equals(marker(entry))) {
                return Optional.empty();
            }
            PublicKey key = entry.getKeyEntry().resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.IGNORING);
            return key == null ? Optional.empty() : Optional.of(new KnownKey(entry, key, "revoked".equals(marker(entry))));
        } catch (IOException | GeneralSecurityException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static List<KnownKey> matching(List<KnownKey> keys, String connectAddress) {
        String host = connectAddress;
        int port = SSH_PORT;
        int close = connectAddress.lastIndexOf("]:");
        if (connectAddress.startsWith("[") && close > 0) {
            host = connectAddress.substring(1, close);
            port = Integer.parseInt(connectAddress.substring(close + 2));
        }
        String h = host;
        int p = port;
        return keys.stream().filter(k -> k.entry().isHostMatch(h, p)).toList();
    }

    private static String marker(KnownHostEntry entry) {
        String marker = entry.getMarker();
        return marker == null ? "" : marker.startsWith("@") ? marker.substring(1) : marker;
    }

    private static String keyscan(String connectAddress) {
        int close = connectAddress.lastIndexOf("]:");
        if (connectAddress.startsWith("[") && close > 0) {
            return "ssh-keyscan -p " + connectAddress.substring(close + 2) + " " + connectAddress.substring(1, close);
        }
        return "ssh-keyscan " + connectAddress;
    }

    /** A known_hosts line as sshd reads it. */
    private record KnownKey(KnownHostEntry entry, PublicKey key, boolean revoked) {
    }
}
