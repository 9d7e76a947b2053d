package io.kubesteward.app;

import io.kubesteward.config.ChartRepositoryConfig;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.RepositoryAuth;
import io.kubesteward.config.SecretRef;
import io.kubesteward.http.Credentials;
import io.kubesteward.observability.StewardLogging;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads secrets where configuration points: environment variables or mounted files. Errors name the
 * reference, never the value.
 */
final class Secrets {
    private final Map<String, String> env;

    Secrets(Map<String, String> env) {
        this.env = env;
    }

    Credentials credentials(ChartRepositoryConfig repo) throws ConfigError {
        RepositoryAuth auth = repo.auth();
        if (auth.tokenFrom() != null) {
            return Credentials.bearer(read(auth.tokenFrom(), repo.url()));
        }
        String user = auth.username() != null ? auth.username() : read(auth.usernameFrom(), repo.url());
        return Credentials.basic(user, read(auth.passwordFrom(), repo.url()));
    }

    /** A token from where {@code ref} points; {@code what} names its use in errors ("the forge token"). */
    String token(SecretRef ref, String what) throws ConfigError {
        return read(ref, what);
    }

    private String read(SecretRef ref, String url) throws ConfigError {
        String value = readRaw(ref, url);
        StewardLogging.registerSecret(value);
        return value;
    }

    private String readRaw(SecretRef ref, String url) throws ConfigError {
        if (ref.env() != null) {
            String value = env.get(ref.env()) == null ? null : env.get(ref.env()).strip();
            if (value == null || value.isEmpty()) {
                throw new ConfigError("configuration", 0, 0, (url.startsWith("the ") ? url : "credentials for " + url) + ": environment variable "
                        + ref.env() + " is not set or empty");
            }
            return value;
        }
        try {
            String value = Files.readString(Path.of(ref.file()), StandardCharsets.UTF_8).strip();
            if (value.isEmpty()) {
                throw new ConfigError("configuration", 0, 0, (url.startsWith("the ") ? url : "credentials for " + url) + ": file " + ref.file() + " is empty");
            }
            return value;
        } catch (IOException e) {
            throw new ConfigError("configuration", 0, 0, (url.startsWith("the ") ? url : "credentials for " + url) + ": cannot read file " + ref.file()
                    + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
