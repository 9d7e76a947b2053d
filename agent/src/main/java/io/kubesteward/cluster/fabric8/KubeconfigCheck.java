package io.kubesteward.cluster.fabric8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kubesteward.cluster.ClusterUnavailable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A kubeconfig given with {@code --kubeconfig}, read as kubectl reads it before the client does, so
 * what is missing is said in words: not YAML, no contexts, no current context, a context naming a
 * cluster or user the file does not define, a cluster without a server, a certificate, key or token
 * file that is not there (relative paths are read from the kubeconfig's folder, as kubectl does).
 */
final class KubeconfigCheck {
    private KubeconfigCheck() {
    }

    static void check(Path kubeconfig, String text, String wantedContext) throws ClusterUnavailable {
        Optional<String> problem = problem(kubeconfig, text, wantedContext);
        if (problem.isPresent()) {
            throw new ClusterUnavailable("The kubeconfig " + kubeconfig + " " + problem.get());
        }
    }

    /** What is wrong, as the end of a sentence that starts with the kubeconfig's path; empty when nothing is. */
    static Optional<String> problem(Path kubeconfig, String text, String wantedContext) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip().lines().findFirst().orElse("");
            return Optional.of("is not valid YAML" + where + (why.isEmpty() ? "" : ": " + why) + ". Check it with kubectl config view.");
        }
        if (root == null || !root.isObject()) {
            return Optional.of("holds no YAML mapping; it should be a kubeconfig (kind: Config with clusters, contexts and users).");
        }
        List<String> contexts = names(root.path("contexts"));
        if (contexts.isEmpty()) {
            return Optional.of("defines no contexts; add one (kubectl config set-context), or leave --kubeconfig out to use KUBECONFIG, "
                    + "~/.kube/config or the in-cluster service account.");
        }
        String name = wantedContext != null ? wantedContext : root.path("current-context").asText("");
        if (name.isEmpty()) {
            return Optional.of("sets no current-context; pick one with --context (it has: " + String.join(", ", contexts) + ").");
        }
        JsonNode context = named(root.path("contexts"), name).path("context");
        if (context.isMissingNode()) {
            // the client says which contexts there are when one was asked for; a current-context that names nothing is the file's mistake
            return wantedContext != null ? Optional.empty()
                    : Optional.of("has current-context '" + name + "', which it does not define (it has: " + String.join(", ", contexts)
                    + "). Pick one with --context or fix current-context.");
        }
        String clusterName = context.path("cluster").asText("");
        JsonNode cluster = named(root.path("clusters"), clusterName).path("cluster");
        if (cluster.isMissingNode()) {
            return Optional.of("has context '" + name + "' naming cluster '" + clusterName + "', which it does not define (it has: "
                    + String.join(", ", names(root.path("clusters"))) + ").");
        }
        if (cluster.path("server").asText("").isBlank()) {
            return Optional.of("has cluster '" + clusterName + "' without a server address (clusters[].cluster.server).");
        }
        Path folder = kubeconfig.toAbsolutePath().getParent();
        List<String> missing = new ArrayList<>();
        missingFile(folder, cluster, "certificate-authority", "cluster '" + clusterName + "'", missing);
        String userName = context.path("user").asText("");
        if (!userName.isEmpty()) {
            JsonNode user = named(root.path("users"), userName).path("user");
            if (user.isMissingNode()) {
                return Optional.of("has context '" + name + "' naming user '" + userName + "', which it does not define (it has: "
                        + String.join(", ", names(root.path("users"))) + ").");
            }
            for (String field : List.of("client-certificate", "client-key", "tokenFile")) {
                missingFile(folder, user, field, "user '" + userName + "'", missing);
            }
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("points at files that are not there: " + String.join("; ", missing) + ".");
    }

    private static void missingFile(Path folder, JsonNode owner, String field, String whose, List<String> missing) {
        String file = owner.path(field).asText("");
        if (!file.isEmpty() && !Files.isRegularFile(folder.resolve(file))) {
            missing.add("the " + field + " of " + whose + " (" + folder.resolve(file).normalize() + ")");
        }
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.path("name").asText("")));
        return names;
    }

    private static JsonNode named(JsonNode list, String name) {
        for (JsonNode n : list) {
            if (name.equals(n.path("name").asText(null))) {
                return n;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
