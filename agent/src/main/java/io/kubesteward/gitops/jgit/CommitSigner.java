package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.SshSigning;
import io.kubesteward.gitops.WorkspaceFailure;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.UnsupportedSigningFormatException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.signing.ssh.SshSignerFactory;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * Signs commits with an SSH key through JGit's SSH signer (an {@code SSHSIG} in the commit's {@code gpgsig}
 * header, as {@code git commit -S} writes with {@code gpg.format=ssh}). The key is read from its file for each
 * commit; the passphrase goes to JGit only when it asks for the key's password.
 */
final class CommitSigner {
    private final Path key;
    private final Signer signer;
    private final GpgConfig format;
    private final CredentialsProvider passphrase;
    private final Scrubber scrubber;

    private CommitSigner(Path key, String passphrase, Scrubber scrubber) {
        this.key = key;
        this.signer = new SshSignerFactory().create();
        Config config = new Config();
        config.setString("gpg", null, "format", "ssh");
        this.format = new GpgConfig(config);
        this.passphrase = new Passphrase(passphrase);
        this.scrubber = scrubber;
    }

    /** Reads the key once now, so that a bad setting fails before any clone, and not on the first commit. */
    static CommitSigner open(SshSigning signing, Scrubber scrubber) throws WorkspaceFailure {
        Path key = signing.privateKey().toAbsolutePath().normalize();
        SshKeys.load(key, signing.passphrase(), "the signing key");
        return new CommitSigner(key, signing.passphrase(), scrubber);
    }

    void sign(Repository repo, CommitBuilder commit, PersonIdent committer, String branch) throws WorkspaceFailure {
        try {
            signer.signObject(repo, format, commit, committer, key.toString(), passphrase);
        } catch (CanceledException | IOException | UnsupportedSigningFormatException | RuntimeException e) {
            throw new WorkspaceFailure("cannot sign the commit for " + branch + " with the key " + key + ": "
                    + scrubber.scrub(e.getMessage()) + ". Check that the file still holds the key Steward started with.");
        }
    }

    /** Answers JGit's request for the key's password, and nothing else. */
    private static final class Passphrase extends CredentialsProvider {
        private final String value;

        Passphrase(String value) {
            this.value = value;
        }

        @Override
        public boolean isInteractive() {
            return false;
        }

        @Override
        public boolean supports(CredentialItem... items) {
            for (CredentialItem item : items) {
                if (!(item instanceof CredentialItem.Password) && !(item instanceof CredentialItem.InformationalMessage)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean get(URIish uri, CredentialItem... items) {
            for (CredentialItem item : items) {
                if (item instanceof CredentialItem.Password password) {
                    if (value == null) {
                        return false;
                    }
                    password.setValue(value.toCharArray());
                } else if (!(item instanceof CredentialItem.InformationalMessage)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return "Passphrase[" + (value == null ? "none" : "***") + "]";
        }
    }
}
