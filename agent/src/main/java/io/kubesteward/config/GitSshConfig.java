package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * ssh access to the repository: a private key file (OpenSSH or PEM, ed25519 or RSA), its
 * passphrase by reference, and the known_hosts file host keys are checked against (strictly,
 * unless {@code acceptNewHosts} lets a first contact be recorded; a changed key is never accepted).
 */
public record GitSshConfig(String keyFile, SecretRef passphraseFrom, String knownHosts, Boolean acceptNewHosts) {
    @JsonCreator
    public GitSshConfig(
            @JsonProperty(value = "keyFile", required = true) String keyFile,
            @JsonProperty("passphraseFrom") SecretRef passphraseFrom,
            @JsonProperty(value = "knownHosts", required = true) String knownHosts,
            @JsonProperty("acceptNewHosts") Boolean acceptNewHosts) {
        if (keyFile.endsWith(".pub")) {
            throw new IllegalArgumentException("'keyFile' must be the private key, not the .pub file");
        }
        this.keyFile = keyFile;
        this.passphraseFrom = passphraseFrom;
        this.knownHosts = knownHosts;
        this.acceptNewHosts = acceptNewHosts;
    }
}
