package io.kubesteward.gitops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.gitops.jgit.JdkEd25519;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/** Key files as people make them: with the machine's {@code ssh-keygen}, in OpenSSH format. */
final class SshKeyFiles {
    private SshKeyFiles() {
    }

    /** A new key pair at {@code file} and {@code file.pub}; {@code type} is ed25519 or rsa; {@code passphrase} may be null. */
    static Path generate(Path file, String type, String passphrase) throws Exception {
        // -a 2: few key-derivation rounds keep loading an encrypted key fast; the file format is the usual one
        Process process = new ProcessBuilder("ssh-keygen", "-q", "-t", type, "-b", type.equals("rsa") ? "2048" : "256", "-a", "2",
                "-N", passphrase == null ? "" : passphrase, "-C", "steward-test", "-f", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), () -> "ssh-keygen failed: " + output);
        return file;
    }

    static PublicKey publicKey(Path privateKeyFile) throws Exception {
        JdkEd25519.install();
        return AuthorizedKeyEntry.readAuthorizedKeys(Path.of(privateKeyFile + ".pub")).get(0)
                .resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
    }

    /** The {@code ssh-ed25519 AAAA…} line of the public key. */
    static String publicLine(Path privateKeyFile) throws Exception {
        return Files.readString(Path.of(privateKeyFile + ".pub")).strip();
    }
}
