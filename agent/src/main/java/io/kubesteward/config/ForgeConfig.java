package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The forge Steward opens pull requests on. {@code type} none pushes branches only. {@code url}
 * is the API base for self-hosted forges (GitHub Enterprise {@code https://ghe.example.com/api/v3},
 * GitLab {@code https://gitlab.example.com}, Gitea {@code https://gitea.example.com}).
 */
public record ForgeConfig(
        ForgeType type,
        String url,
        String repository,
        SecretRef tokenFrom,
        List<String> labels,
        Integer maxPrsPerRun,
        Integer maxOpenPrs,
        Age writeInterval) {

    public static final ForgeConfig DEFAULTS = new ForgeConfig(ForgeType.NONE, null, null, null, List.of("dependencies"), 10, 20,
            Age.parse("1s"));

    @JsonCreator
    public ForgeConfig(
            @JsonProperty("type") ForgeType type,
            @JsonProperty("url") String url,
            @JsonProperty("repository") String repository,
            @JsonProperty("tokenFrom") SecretRef tokenFrom,
            @JsonProperty("labels") List<String> labels,
            @JsonProperty("maxPrsPerRun") Integer maxPrsPerRun,
            @JsonProperty("maxOpenPrs") Integer maxOpenPrs,
            @JsonProperty("writeInterval") Age writeInterval) {
        if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
            throw new IllegalArgumentException("'url' must be the forge's https:// API base, got '" + url + "'");
        }
        if (repository != null && !repository.matches("[^/\\s]+(/[^/\\s]+)+")) {
            throw new IllegalArgumentException("'repository' must be 'owner/name' (GitLab: 'group/subgroup/name'), got '" + repository + "'");
        }
        if (maxPrsPerRun != null && maxPrsPerRun < 0 || maxOpenPrs != null && maxOpenPrs < 0) {
            throw new IllegalArgumentException("'maxPrsPerRun' and 'maxOpenPrs' must be zero or more");
        }
        this.type = type;
        this.url = url;
        this.repository = repository;
        this.tokenFrom = tokenFrom;
        this.labels = labels == null ? null : List.copyOf(labels);
        this.maxPrsPerRun = maxPrsPerRun;
        this.maxOpenPrs = maxOpenPrs;
        this.writeInterval = writeInterval;
    }

    public ForgeConfig over(ForgeConfig base) {
        return new ForgeConfig(GitConfig.pick(type, base.type), GitConfig.pick(url, base.url), GitConfig.pick(repository, base.repository),
                GitConfig.pick(tokenFrom, base.tokenFrom), GitConfig.pick(labels, base.labels),
                GitConfig.pick(maxPrsPerRun, base.maxPrsPerRun), GitConfig.pick(maxOpenPrs, base.maxOpenPrs),
                GitConfig.pick(writeInterval, base.writeInterval));
    }

    /** The forges Steward speaks. */
    public enum ForgeType { NONE, GITHUB, GITLAB, GITEA }
}
