package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.WorkspaceFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Reads a private key file, with failures in words. Library messages are not passed on: a parser's
 * complaint may quote the file, and the file is a secret.
 */
final class SshKeys {
    private SshKeys() {
    }

    /** The key pair in {@code file}; {@code what} names its use in messages ("the ssh key", "the signing key"). */
    static KeyPair load(Path file, String passphrase, String what) throws WorkspaceFailure {
        JdkEd25519.install();
        String subject = what + " file " + file;
        if (!Files.exists(file)) {
            throw new WorkspaceFailure(subject + " does not exist. Point the setting at the private key, e.g. a mounted Secret.");
        }
        if (Files.isDirectory(file)) {
            throw new WorkspaceFailure(subject + " is a directory; point the setting at the private key file in it.");
        }
        if (!Files.isReadable(file)) {
            throw new WorkspaceFailure(subject + " cannot be read: permission denied. Make it readable by the user Steward runs as.");
        }
        AtomicBoolean encrypted = new AtomicBoolean();
        FilePasswordProvider password = (session, resource, attempt) -> {
            encrypted.set(true);
            return passphrase;
        };
        Collection<KeyPair> pairs;
        try {
            pairs = SecurityUtils.getKeyPairResourceParser().loadKeyPairs(null, file, password);
        } catch (NoSuchAlgorithmException e) {
            throw new WorkspaceFailure(subject + " holds a key type Steward cannot use. Use an ed25519 or RSA key.");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (encrypted.get()) {
                throw new WorkspaceFailure(subject + (passphrase == null
                        ? " is protected by a passphrase, and none was given. Give the passphrase, or use a key without one."
                        : " cannot be decrypted with the passphrase given. Check the passphrase."));
            }
            throw new WorkspaceFailure(subject + " cannot be read as a private key (" + e.getClass().getSimpleName()
                    + "). Give an OpenSSH or PEM private key file, as ssh-keygen writes it.");
        }
        if (pairs == null || pairs.isEmpty()) {
            throw new WorkspaceFailure(subject + " holds no private key in OpenSSH or PEM format"
                    + (file.toString().endsWith(".pub") ? "; it is a public key: give the private key file beside it." : "."));
        }
        return pairs.iterator().next();
    }

    /** {@code ssh-ed25519 SHA256:…}: the key type and fingerprint, as ssh-keygen -l and forges show them. */
    static String describe(PublicKey key) {
        return KeyUtils.getKeyType(key) + " " + KeyUtils.getFingerPrint(key);
    }
}
