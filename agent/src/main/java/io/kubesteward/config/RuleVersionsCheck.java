package io.kubesteward.config;

import io.kubesteward.versioning.VersionScheme;

/** Rejects version texts in rules that the version scheme cannot read, at load time rather than mid-run. */
final class RuleVersionsCheck {
    private RuleVersionsCheck() {
    }

    static void check(PackageRuleConfig rule, VersionScheme scheme, String file) throws ConfigError {
        if (rule.allowedVersions() != null && !scheme.isValidConstraint(rule.allowedVersions())) {
            throw atRule(rule, file, "allowedVersions '" + rule.allowedVersions() + "' is not a valid " + scheme.id()
                    + " constraint; write e.g. '<2.0.0', '^1.4', '>=1.2.0 <1.5.0' or '1.x'");
        }
        for (String ignored : rule.ignoreVersions()) {
            if (!scheme.isValid(ignored) && !scheme.isValidConstraint(ignored)) {
                throw atRule(rule, file, "ignoreVersions entry '" + ignored + "' is neither a version nor a " + scheme.id()
                        + " constraint; write e.g. '1.15.0' or '1.16.x'");
            }
        }
    }

    private static ConfigError atRule(PackageRuleConfig rule, String file, String message) {
        String[] parts = rule.origin() == null ? new String[0] : rule.origin().split(":");
        if (parts.length >= 3) {
            try {
                int col = Integer.parseInt(parts[parts.length - 1]);
                int line = Integer.parseInt(parts[parts.length - 2]);
                return new ConfigError(file, line, col, message);
            } catch (NumberFormatException ignored) {
                // fall through to a file-level error
            }
        }
        return new ConfigError(file, 0, 0, message);
    }
}
