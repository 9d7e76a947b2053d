package io.kubesteward.model;

/** Why a declaration is not looked up or not updated; {@code code} is stable, {@code detail} is for people. */
public record SkipReason(Code code, String detail) {
    public enum Code {
        LOCAL_CHART("local-chart"),
        UNKNOWN_REPOSITORY("unknown-repository"),
        UNSUPPORTED_SOURCE("unsupported-source"),
        TEMPLATED("templated"),
        INVALID_VERSION("invalid-version"),
        MISSING_VERSION("missing-version"),
        DISABLED("disabled"),
        PINNED_DIGEST("pinned-digest"),
        NOT_A_VERSION("not-a-version"),
        UNSUPPORTED_DATASOURCE("unsupported-datasource");

        private final String id;

        Code(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public SkipReason {
        if (code == null || detail == null) {
            throw new IllegalArgumentException("code and detail are required");
        }
    }
}
