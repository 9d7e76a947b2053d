package io.kubesteward.forge;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the repository's pull requests live and how to talk to them.
 *
 * @param apiBase the REST API root; a forge's web address is accepted too and completed
 *     ({@code https://ghe.example.com} becomes {@code https://ghe.example.com/api/v3}); null means the
 *     public service (github.com, gitlab.com); Gitea needs one
 * @param repository {@code owner/name}; on GitLab the full project path, {@code group/subgroup/name}
 * @param botUser the account Steward's pull requests are authored by; null asks the forge for the
 *     token's user
 * @param writeInterval the least time between two writes, GitHub's advice against secondary rate
 *     limits
 */
public record ForgeSettings(
        ForgeKind kind,
        URI apiBase,
        String repository,
        ForgeToken token,
        String botUser,
        Duration writeInterval) {

    public static final Duration DEFAULT_WRITE_INTERVAL = Duration.ofSeconds(1);

    public ForgeSettings {
        Objects.requireNonNull(kind, "kind");
        writeInterval = writeInterval == null ? DEFAULT_WRITE_INTERVAL : writeInterval;
        if (writeInterval.isNegative()) {
            throw new IllegalArgumentException("the write interval must not be negative");
        }
        if (kind != ForgeKind.NONE) {
            Objects.requireNonNull(token, "a forge token is needed to open pull requests on " + kind.displayName());
            repository = RepositoryPath.check(kind, repository);
            apiBase = ApiBase.normalise(kind, apiBase);
        }
        botUser = botUser == null || botUser.isBlank() ? null : botUser.strip();
    }

    public static ForgeSettings of(ForgeKind kind, URI apiBase, String repository, ForgeToken token) {
        return new ForgeSettings(kind, apiBase, repository, token, null, DEFAULT_WRITE_INTERVAL);
    }

    public static ForgeSettings none() {
        return new ForgeSettings(ForgeKind.NONE, null, null, null, null, Duration.ZERO);
    }

    public ForgeSettings withBotUser(String user) {
        return new ForgeSettings(kind, apiBase, repository, token, user, writeInterval);
    }

    public ForgeSettings withWriteInterval(Duration interval) {
        return new ForgeSettings(kind, apiBase, repository, token, botUser, interval);
    }

    /** "acme/gitops on GitHub", for messages. */
    public String describe() {
        return repository + " on " + kind.displayName();
    }
}
