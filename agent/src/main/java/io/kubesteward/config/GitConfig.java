package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the GitOps repository lives and how Steward commits to it. Null fields are "not set
 * here" so layers merge field by field; {@link #DEFAULTS} fills the rest.
 */
public record GitConfig(
        String url,
        String baseBranch,
        String branchPrefix,
        Person author,
        Boolean signOff,
        String username,
        SecretRef tokenFrom,
        String workDir,
        GitSshConfig ssh,
        String signingKey,
        SecretRef signingPassphraseFrom) {

    public static final GitConfig DEFAULTS = new GitConfig(null, "main", "steward/", Person.STEWARD, false, null, null, null,
            null, null, null);

    /** The settings that do not concern ssh or signing. */
    public GitConfig(String url, String baseBranch, String branchPrefix, Person author, Boolean signOff, String username,
                     SecretRef tokenFrom, String workDir) {
        this(url, baseBranch, branchPrefix, author, signOff, username, tokenFrom, workDir, null, null, null);
    }

    @JsonCreator
    public GitConfig(
            @JsonProperty("url") String url,
            @JsonProperty("baseBranch") String baseBranch,
            @JsonProperty("branchPrefix") String branchPrefix,
            @JsonProperty("author") Person author,
            @JsonProperty("signOff") Boolean signOff,
            @JsonProperty("username") String username,
            @JsonProperty("tokenFrom") SecretRef tokenFrom,
            @JsonProperty("workDir") String workDir,
            @JsonProperty("ssh") GitSshConfig ssh,
            @JsonProperty("signingKey") String signingKey,
            @JsonProperty("signingPassphraseFrom") SecretRef signingPassphraseFrom) {
        boolean sshUrl = url != null && (url.startsWith("ssh://") || url.startsWith("git+ssh://") || url.matches("[^/\\s:]+@[^/\\s:]+:.*")
                || url.matches("[A-Za-z0-9][A-Za-z0-9.-]*:(?!//)\\S*"));
        if (url != null && !sshUrl && !(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("file:"))) {
            throw new IllegalArgumentException("'url' must be an https://, ssh:// or git@host:path clone URL, got '" + url + "'");
        }
        if (url != null && url.matches("https?://[^/]*@.*")) {
            throw new IllegalArgumentException("'url' must not carry credentials; use 'tokenFrom'");
        }
        if (branchPrefix != null && (!branchPrefix.endsWith("/") || branchPrefix.length() < 2 || branchPrefix.contains(".."))) {
            throw new IllegalArgumentException("'branchPrefix' must be a folder-like prefix ending in '/', such as 'steward/'");
        }
        this.url = url;
        this.baseBranch = baseBranch;
        this.branchPrefix = branchPrefix;
        this.author = author;
        this.signOff = signOff;
        this.username = username;
        this.tokenFrom = tokenFrom;
        this.workDir = workDir;
        this.ssh = ssh;
        this.signingKey = signingKey;
        this.signingPassphraseFrom = signingPassphraseFrom;
    }

    public GitConfig over(GitConfig base) {
        return new GitConfig(pick(url, base.url), pick(baseBranch, base.baseBranch), pick(branchPrefix, base.branchPrefix),
                pick(author, base.author), pick(signOff, base.signOff), pick(username, base.username),
                pick(tokenFrom, base.tokenFrom), pick(workDir, base.workDir), pick(ssh, base.ssh), pick(signingKey, base.signingKey),
                pick(signingPassphraseFrom, base.signingPassphraseFrom));
    }

    static <T> T pick(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }
}
