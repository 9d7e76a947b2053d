package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Reroutes repositories whose URL starts with {@code prefix}: to another URL, or to a local folder
 * holding {@code index.yaml} (air-gapped clusters). A relative folder is relative to the file that
 * declares it; {@link ConfigLoader} makes it absolute.
 */
public record MirrorConfig(String prefix, String url, String folder) {
    @JsonCreator
    public MirrorConfig(
            @JsonProperty(value = "prefix", required = true) String prefix,
            @JsonProperty("url") String url,
            @JsonProperty("folder") String folder) {
        this.prefix = Urls.requireRepositoryUrl(prefix, "prefix");
        if ((url == null) == (folder == null)) {
            throw new IllegalArgumentException("a mirror needs exactly one of 'url' (another repository) or 'folder' (a local copy)");
        }
        this.url = url == null ? null : Urls.requireRepositoryUrl(url, "url");
        this.folder = folder;
    }

    MirrorConfig withFolder(String absoluteFolder) {
        return new MirrorConfig(prefix, url, absoluteFolder);
    }
}
