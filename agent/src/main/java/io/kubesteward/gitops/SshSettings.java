package io.kubesteward.gitops;

import java.nio.file.Path;

/**
 * How Steward reaches an ssh remote ({@code ssh://git@host:port/org/repo.git} or {@code git@host:org/repo.git}):
 * with one private key, and only to a server whose host key the known_hosts file vouches for. Nothing is read
 * from {@code ~/.ssh}, and no ssh agent is asked. {@link #toString()} never shows the passphrase.
 *
 * @param privateKey     the private key file (OpenSSH or PEM format, ed25519 or RSA), e.g. a deploy key with write access
 * @param passphrase     the key's passphrase, or null when it has none; never print it
 * @param knownHosts     an OpenSSH known_hosts file holding the server's host key
 * @param acceptNewHosts trust a server on first contact: when the file has no key at all for the host, record the key
 *                       the server offers (as OpenSSH's {@code StrictHostKeyChecking=accept-new}). A key that differs
 *                       from a recorded one is refused either way.
 */
public record SshSettings(Path privateKey, String passphrase, Path knownHosts, boolean acceptNewHosts) {
    public SshSettings {
        if (privateKey == null) {
            throw new IllegalArgumentException("no ssh private key file given; an ssh remote needs one, e.g. a deploy key");
        }
        if (knownHosts == null) {
            throw new IllegalArgumentException("no known_hosts file given; Steward only talks to ssh servers whose host key"
                    + " it knows. Create one with ssh-keyscan and check the fingerprint your git server publishes");
        }
        passphrase = passphrase == null || passphrase.isEmpty() ? null : passphrase;
    }

    /** A key checked strictly against {@code knownHosts}: an unknown host is refused. */
    public static SshSettings strict(Path privateKey, String passphrase, Path knownHosts) {
        return new SshSettings(privateKey, passphrase, knownHosts, false);
    }

    @Override
    public String toString() {
        return "SshSettings[key " + privateKey + (passphrase == null ? "" : " (with passphrase)") + ", known hosts " + knownHosts
                + (acceptNewHosts ? ", accepting new hosts" : "") + "]";
    }
}
