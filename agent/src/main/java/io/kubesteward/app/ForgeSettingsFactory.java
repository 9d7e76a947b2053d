package io.kubesteward.app;

import io.kubesteward.config.ConfigError;
import io.kubesteward.config.ForgeConfig;
import io.kubesteward.forge.ForgeKind;
import io.kubesteward.forge.ForgeSettings;
import io.kubesteward.forge.ForgeToken;
import java.net.URI;

/** The forge client's settings from the {@code forge:} section, the token read where it points. */
final class ForgeSettingsFactory {
    private ForgeSettingsFactory() {
    }

    static ForgeSettings from(ForgeConfig forge, Secrets secrets) throws ConfigError {
        ForgeKind kind = ForgeKind.valueOf(forge.type().name());
        if (kind == ForgeKind.NONE) {
            return ForgeSettings.none();
        }
        if (forge.repository() == null) {
            throw new ConfigError("configuration", 0, 0, "forge.repository is required for forge type " + forge.type().name().toLowerCase()
                    + ": write it as owner/name");
        }
        if (forge.tokenFrom() == null) {
            throw new ConfigError("configuration", 0, 0, "forge.tokenFrom is required: {env: VARIABLE} or {file: /mounted/token}");
        }
        ForgeToken token = ForgeToken.of(secrets.token(forge.tokenFrom(), "the forge token (forge.tokenFrom)"));
        try {
            URI api = forge.url() == null ? null : URI.create(forge.url());
            return ForgeSettings.of(kind, api, forge.repository(), token).withWriteInterval(forge.writeInterval().duration());
        } catch (IllegalArgumentException e) {
            throw new ConfigError("configuration", 0, 0, "forge: " + e.getMessage());
        }
    }
}
