package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Serves fixed objects as a real API server lists them, timestamps and all (the CRUD mock stamps its
 * own creation times). Every list the reader sends is answered; kinds with no objects answer empty.
 */
final class ServedCluster {
    static final String HELM_SECRETS = "/api/v1/secrets?fieldSelector=type%3Dhelm.sh%2Frelease.v1&labelSelector=owner%3Dhelm";

    private final ScriptedCluster script;
    private final long pageSize;
    private final Map<String, List<Object>> byPath = new LinkedHashMap<>();

    ServedCluster(KubernetesMockServer server, long pageSize) {
        this.script = new ScriptedCluster(server, pageSize);
        this.pageSize = pageSize;
    }

    void load(KubernetesClient client, String resource) {
        try (InputStream in = ServedCluster.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            client.load(in).items().forEach(this::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(HasMetadata item) {
        String path = item instanceof Secret ? HELM_SECRETS : listPath(item.getApiVersion(), item.getKind());
        byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(item);
    }

    /** Scripts the replies; paths in {@code notInstalled} answer 404. */
    void serve(List<String> notInstalled) {
        notInstalled.forEach(path -> script.fail(script.first(path), 404, "NotFound"));
        byPath.forEach((path, items) -> script.answer(first(path), ScriptedCluster.list(null, items.toArray())));
        script.emptyElsewhere(ScriptedCluster.ALL_LISTS);
        script.answer(first(HELM_SECRETS), ScriptedCluster.list(null));
    }

    private String first(String path) {
        return path.contains("?") ? path + "&limit=" + pageSize : script.first(path);
    }

    static String listPath(String apiVersion, String kind) {
        String prefix = apiVersion.contains("/") ? "/apis/" : "/api/";
        return prefix + apiVersion + "/" + kind.toLowerCase(Locale.ROOT) + "s";
    }
}
