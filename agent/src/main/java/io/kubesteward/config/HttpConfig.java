package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Settings of the HTTP caller. Null fields mean "not set here", so layers merge field by field;
 * {@link #DEFAULTS} fills what no layer sets.
 */
public record HttpConfig(
        Age connectTimeout,
        Age timeout,
        Integer retries,
        ByteSize maxIndexSize,
        String cacheDir,
        List<String> allowedHosts) {

    public static final HttpConfig DEFAULTS =
            new HttpConfig(Age.parse("5s"), Age.parse("30s"), 3, ByteSize.parse("64Mi"), null, List.of());

    @JsonCreator
    public HttpConfig(
            @JsonProperty("connectTimeout") Age connectTimeout,
            @JsonProperty("timeout") Age timeout,
            @JsonProperty("retries") Integer retries,
            @JsonProperty("maxIndexSize") ByteSize maxIndexSize,
            @JsonProperty("cacheDir") String cacheDir,
            @JsonProperty("allowedHosts") List<String> allowedHosts) {
        if (retries != null && (retries < 0 || retries > 10)) {
            throw new IllegalArgumentException("'retries' must be between 0 and 10, got " + retries);
        }
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.retries = retries;
        this.maxIndexSize = maxIndexSize;
        this.cacheDir = cacheDir;
        this.allowedHosts = allowedHosts;
    }

    /** This layer's values where set, otherwise {@code base}'s. */
    public HttpConfig over(HttpConfig base) {
        return new HttpConfig(
                connectTimeout != null ? connectTimeout : base.connectTimeout,
                timeout != null ? timeout : base.timeout,
                retries != null ? retries : base.retries,
                maxIndexSize != null ? maxIndexSize : base.maxIndexSize,
                cacheDir != null ? cacheDir : base.cacheDir,
                allowedHosts != null ? allowedHosts : base.allowedHosts);
    }

    HttpConfig withCacheDir(String absolute) {
        return new HttpConfig(connectTimeout, timeout, retries, maxIndexSize, absolute, allowedHosts);
    }
}
