package io.kubesteward.forge;

import java.util.Map;

/**
 * The forge token. It leaves this class only as HTTP credentials; {@link #toString()} hides it, and
 * {@link #redact(String)} removes it from any text a server sent back.
 */
public final class ForgeToken {
    private final String value;

    private ForgeToken(String value) {
        this.value = value;
    }

    public static ForgeToken of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the forge token must not be empty");
        }
        return new ForgeToken(value.strip());
    }

    /** How each forge wants to see it; GitLab's header name is among those the HTTP caller never forwards elsewhere. */
    Map<String, String> headers(ForgeKind kind) {
        return switch (kind) {
            case GITHUB -> Map.of("Authorization", "Bearer " + value);
            case GITLAB -> Map.of("PRIVATE-TOKEN", value);
            case GITEA -> Map.of("Authorization", "token " + value);
            case NONE -> Map.of();
        };
    }

    /** {@code text} with every occurrence of the token replaced. */
    public String redact(String text) {
        return text == null ? null : text.replace(value, "[token]");
    }

    @Override
    public String toString() {
        return "ForgeToken[hidden]";
    }
}
