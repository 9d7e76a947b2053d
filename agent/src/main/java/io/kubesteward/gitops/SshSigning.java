package io.kubesteward.gitops;

import java.nio.file.Path;

/**
 * Signs Steward's commits with an SSH key, as git does with {@code gpg.format=ssh}: forges show the commits as
 * verified once the public key is registered as a signing key of the committer's account, and
 * {@code git verify-commit} accepts them given an allowed-signers file. OpenPGP (GPG) signing is not supported:
 * JGit's OpenPGP signer, {@code org.eclipse.jgit.gpg.bc}, is not published for Steward's JGit version.
 * {@link #toString()} never shows the passphrase.
 *
 * @param privateKey the private key file (OpenSSH or PEM format, ed25519 or RSA); it may be the ssh remote's key
 * @param passphrase the key's passphrase, or null when it has none; never print it
 */
public record SshSigning(Path privateKey, String passphrase) {
    public SshSigning {
        if (privateKey == null) {
            throw new IllegalArgumentException("no signing key file given");
        }
        passphrase = passphrase == null || passphrase.isEmpty() ? null : passphrase;
    }

    @Override
    public String toString() {
        return "SshSigning[key " + privateKey + (passphrase == null ? "" : " (with passphrase)") + "]";
    }
}
