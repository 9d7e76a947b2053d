package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a secret is read from: an environment variable or a file (a mounted Secret). Secrets are
 * never written inline in configuration, so a config file can be committed and shown safely.
 */
public record SecretRef(String env, String file) {
    @JsonCreator
    public SecretRef(@JsonProperty("env") String env, @JsonProperty("file") String file) {
        if ((env == null) == (file == null)) {
            throw new IllegalArgumentException("give exactly one of 'env' (a variable name) or 'file' (a path)");
        }
        this.env = env;
        this.file = file;
    }

    public String describe() {
        return env != null ? "environment variable " + env : "file " + file;
    }
}
