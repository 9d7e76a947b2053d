package io.kubesteward.gitops.jgit;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.util.Optional;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.loader.openssh.OpenSSHKeyPairResourceParser;
import org.apache.sshd.common.util.security.SecurityProviderRegistrar;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.common.util.security.eddsa.generic.EdDSASupport;

/**
 * Lets Apache MINA sshd (under JGit's ssh transport and SSH signer) use the JDK's own Ed25519. sshd 2.19
 * knows Ed25519 only through BouncyCastle or net.i2p's eddsa, neither of which Steward ships, and ed25519 is
 * the key type most deploy keys and host keys have. Process-wide, like sshd's own provider registry; call
 * {@link #install()} before anything else uses sshd.
 */
public final class JdkEd25519 implements SecurityProviderRegistrar {
    private static final String SUN_EC = "SunEC";
    private static boolean installed;

    private JdkEd25519() {
    }

    /** Registers the JDK's Ed25519 with sshd once, unless another provider already gives sshd Ed25519. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        // BouncyCastle reaches the test classpath through the Kubernetes mock server, never the shipped jar;
        // keeping sshd off it everywhere makes the tests run the code that runs in production
        SecurityUtils.setAPrioriDisabledProvider(SecurityUtils.BOUNCY_CASTLE, true);
        if (!SecurityUtils.isEDDSACurveSupported()) {
            SecurityUtils.registerSecurityProvider(new JdkEd25519());
        }
        // sshd fills these two registries when their classes load, which may have happened before the registration
        KeyUtils.registerPublicKeyEntryDecoder(SecurityUtils.getEDDSAPublicKeyEntryDecoder());
        OpenSSHKeyPairResourceParser.registerPrivateKeyEntryDecoder(SecurityUtils.getOpenSSHEDDSAPrivateKeyEntryDecoder());
        installed = true;
    }

    @Override
    public String getName() {
        return "JdkEd25519";
    }

    @Override
    public boolean isSupported() {
        return Security.getProvider(SUN_EC) != null;
    }

    @Override
    public Provider getSecurityProvider() {
        return Security.getProvider(SUN_EC);
    }

    @Override
    public boolean isNamedProviderUsed() {
        return false;
    }

    @Override
    public boolean isSecurityEntitySupported(Class<?> entityType, String name) {
        boolean ed25519 = JdkEd25519Support.ALGORITHM.equalsIgnoreCase(name) || SecurityUtils.EDDSA.equalsIgnoreCase(name);
        return ed25519 && (entityType == KeyFactory.class || entityType == KeyPairGenerator.class || entityType == Signature.class);
    }

    @Override
    public Optional<EdDSASupport<?, ?>> getEdDSASupport() {
        return Optional.of(new JdkEd25519Support());
    }
}
