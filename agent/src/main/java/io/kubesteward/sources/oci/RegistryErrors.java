package io.kubesteward.sources.oci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.http.ApiResponse;
import io.kubesteward.http.HttpFailure;
import java.io.IOException;

/** Registry answers and HTTP failures as reasons people can act on. */
final class RegistryErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DETAIL = 160;

    private RegistryErrors() {
    }

    static RegistryFailure refused(RegistryAddress addr, ApiResponse r, RegistryClient client) {
        String where = addr.display() + addr.via();
        String status = r.status() + detail(r);
        String registry = addr.registry();
        return new RegistryFailure(switch (r.status()) {
            case 401 -> client.login(addr).isPresent()
                    ? "registry " + registry + " refused the credentials for " + where + " (" + status
                            + ") — check the login for " + registry + " in the docker config file"
                    : client.credentials().helperFor(registry)
                            ? "registry " + registry + " needs a login for " + where + " (" + status + "), and the docker"
                                    + " config file leaves it to a credential helper, which Steward does not run — add the"
                                    + " login under auths"
                            : "registry " + registry + " needs a login for " + where + " (" + status + "): the repository"
                                    + " is private or does not exist — check the name, or add a login for " + registry
                                    + " to the docker config file";
            case 403 -> "registry " + registry + " denied access to " + where + " (" + status
                    + ") — the login may lack pull permission";
            case 404 -> "no such repository " + where + " on " + registry + " (" + status + ") — check the name";
            default -> "registry " + registry + " answered " + status + " for " + where + " — try again later";
        });
    }

    static RegistryFailure unreachable(RegistryAddress addr, HttpFailure f) {
        HttpFailure shown = switch (f.kind()) {
            case BLOCKED -> f.withHint("add the host to http.allowedHosts, or configure a mirror for " + addr.registry());
            case TOO_LARGE -> f.withHint("the registry sent more than Steward reads for one answer; raise http.maxIndexSize"
                    + " if this is expected");
            default -> f;
        };
        return new RegistryFailure(addr.display() + addr.via() + ": " + shown.getMessage());
    }

    /** ", NAME_UNKNOWN: repository name not known to registry" from an OCI error body, if any. */
    private static String detail(ApiResponse r) {
        try {
            JsonNode error = JSON.readTree(r.body()).path("errors").path(0);
            String code = error.path("code").asText("");
            String message = error.path("message").asText("");
            String text = (code + (message.isEmpty() ? "" : ": " + message)).replaceAll("[\\p{Cntrl}]", " ").trim();
            if (text.isEmpty()) {
                return "";
            }
            return ", " + (text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text);
        } catch (IOException | RuntimeException notJson) {
            return "";
        }
    }
}
