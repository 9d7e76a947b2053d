package io.kubesteward.forge;

/**
 * The account Steward's pull requests are authored by: configured, or asked of the forge once. A
 * token that may not read its own account (a GitHub App's installation token) leaves it unknown, and
 * Steward's pull requests are then told by their branch prefix alone.
 */
final class BotAccount {
    private final ForgeApi api;
    private String login;
    private boolean resolved;

    BotAccount(String configured, ForgeApi api) {
        this.api = api;
        this.login = configured;
        this.resolved = configured != null;
    }

    /** The login, or null when the forge will not say. */
    synchronized String login() throws ForgeFailure {
        if (!resolved) {
            try {
                login = api.currentUser();
            } catch (ForgeFailure f) {
                if (f.kind() != ForgeFailure.Kind.FORBIDDEN && f.kind() != ForgeFailure.Kind.NOT_FOUND) {
                    throw f;
                }
                login = null;
            }
            resolved = true;
        }
        return login;
    }
}
