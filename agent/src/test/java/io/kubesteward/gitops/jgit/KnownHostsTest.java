package io.kubesteward.gitops.jgit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.gitops.GitCredentials;
import io.kubesteward.gitops.GitIdentity;
import io.kubesteward.gitops.SshSettings;
import io.kubesteward.gitops.WorkspaceFailure;
import io.kubesteward.gitops.WorkspaceSettings;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** known_hosts as OpenSSH writes it: default port, patterns, hashed names, markers; and which URLs are ssh. */
class KnownHostsTest {
    private static final InetSocketAddress NOWHERE = new InetSocketAddress("127.0.0.1", 22);
    static PublicKey github;
    static PublicKey other;

    @TempDir
    Path tmp;

    @BeforeAll
    static void keys() throws Exception {
        JdkEd25519.install();
        github = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
    }

    private KnownHosts hosts(String... lines) throws Exception {
        return KnownHosts.open(Files.writeString(tmp.resolve("known_hosts"), String.join("\n", lines) + "\n"), false);
    }

    private static String key(PublicKey key) {
        return PublicKeyEntry.toString(key);
    }

    @Test
    void thePlainHostNameIsPort22AndBracketsNameOtherPorts() throws Exception {
        KnownHosts hosts = hosts("github.com " + key(github), "[git.example.com]:2222 " + key(other));
        assertTrue(hosts.accept("github.com", NOWHERE, github, null, null));
        assertFalse(hosts.accept("[github.com]:2222", NOWHERE, github, null, null), "another port is another host");
        assertTrue(hosts.takeRefusal().orElseThrow().contains("ssh-keyscan -p 2222 github.com"));
        assertTrue(hosts.accept("[git.example.com]:2222", NOWHERE, other, null, null));
        assertEquals(1, hosts.lookup("github.com", NOWHERE, null).size());
    }

    @Test
    void patternsHashedNamesAndCommentsAreRead() throws Exception {
        String hashed = hashed("gitlab.internal");
        KnownHosts hosts = hosts("# pinned by the platform team", "", "*.example.org,!evil.example.org " + key(github),
                hashed + " " + key(other), "this line is not a known_hosts line");
        assertTrue(hosts.accept("git.example.org", NOWHERE, github, null, null));
        assertFalse(hosts.accept("evil.example.org", NOWHERE, github, null, null), "negated pattern");
        assertTrue(hosts.accept("gitlab.internal", NOWHERE, other, null, null), "hashed host name");
    }

    /** OpenSSH's HashKnownHosts form: |1|base64(salt)|base64(HMAC-SHA1 of the name, keyed with the salt). */
    private static String hashed(String host) throws Exception {
        byte[] salt = new byte[20];
        new SecureRandom().nextBytes(salt);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(salt, "HmacSHA1"));
        byte[] hash = mac.doFinal(host.getBytes(StandardCharsets.UTF_8));
        return "|1|" + Base64.getEncoder().encodeToString(salt) + "|" + Base64.getEncoder().encodeToString(hash);
    }

    @Test
    void aRevokedKeyIsRefusedEvenWhereAnotherLineTrustsIt() throws Exception {
        KnownHosts hosts = hosts("github.com " + key(github), "@revoked * " + key(github));
        assertFalse(hosts.accept("github.com", NOWHERE, github, null, null));
        assertTrue(hosts.takeRefusal().orElseThrow().contains("@revoked"));
        assertTrue(hosts.takeRefusal().isEmpty(), "a refusal is reported once");
    }

    @Test
    void aMissingFileIsRefusedUpFrontUnlessNewHostsMayCreateIt() throws Exception {
        Path missing = tmp.resolve("missing");
        WorkspaceFailure e = assertThrows(WorkspaceFailure.class, () -> KnownHosts.open(missing, false));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        KnownHosts firstContact = KnownHosts.open(missing, true);
        assertTrue(firstContact.accept("[127.0.0.1]:2222", NOWHERE, github, null, null));
        assertEquals("[127.0.0.1]:2222 " + key(github) + "\n", Files.readString(missing));
    }

    @Test
    void anAppendedHostStartsOnItsOwnLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("known_hosts"), "github.com " + key(github));
        assertTrue(KnownHosts.open(file, true).accept("gitlab.com", NOWHERE, other, null, null));
        assertEquals("github.com " + key(github) + "\ngitlab.com " + key(other) + "\n", Files.readString(file));
    }

    @Test
    void scpLikeAndSshUrlsAreSshAndNeedSshSettings() throws Exception {
        for (String url : new String[] {"git@github.com:org/repo.git", "ssh://git@github.com/org/repo.git",
            "ssh://git@git.example.com:2222/org/repo.git", "git+ssh://git@github.com/org/repo.git"}) {
            assertTrue(RemoteUrls.isSsh(url), url);
            WorkspaceSettings settings = WorkspaceSettings.of(url, "main", tmp.resolve("work"), new GitIdentity("S", "s@example.com"))
                    .withSsh(SshSettings.strict(tmp.resolve("key"), null, tmp.resolve("known_hosts")));
            assertEquals(url, RemoteUrls.check(settings, new Scrubber(GitCredentials.none())));
        }
        for (String notSsh : new String[] {"/srv/git/repo.git", "C:/git/repo.git", "https://github.com/org/repo.git", "file:///x"}) {
            assertFalse(RemoteUrls.isSsh(notSsh), notSsh);
        }
    }
}
