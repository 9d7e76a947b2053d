package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.internal.MockDispatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/** fabric8's mock API server on 127.0.0.1, in CRUD mode (a stateful API) or expectations mode (scripted replies). */
final class MockClusters {
    private MockClusters() {
    }

    static KubernetesMockServer crud() {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        return start(new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), false));
    }

    static KubernetesMockServer expectations() {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        return start(new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(), responses,
                new MockDispatcher(responses), false));
    }

    private static KubernetesMockServer start(KubernetesMockServer server) {
        try {
            server.init(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    /** Creates every object of a multi-document YAML resource; custom resources through their explicit definitions. */
    static void seed(KubernetesClient client, String resource) {
        try (InputStream in = MockClusters.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            List<HasMetadata> items = client.load(in).items();
            for (HasMetadata item : items) {
                create(client, item);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void create(KubernetesClient client, HasMetadata item) {
        if (item instanceof GenericKubernetesResource generic) {
            ResourceDefinitionContext definition = definition(generic);
            client.genericKubernetesResources(definition).inNamespace(generic.getMetadata().getNamespace()).resource(generic).create();
        } else {
            client.resource(item).create();
        }
    }

    private static ResourceDefinitionContext definition(GenericKubernetesResource resource) {
        return switch (resource.getKind()) {
            case "VerticalPodAutoscaler" -> CustomKinds.VPA;
            case "VerticalPodAutoscalerCheckpoint" -> CustomKinds.VPA_CHECKPOINT;
            case "Application" -> CustomKinds.ARGO_APPLICATION;
            case "HelmRelease" -> CustomKinds.FLUX_HELM_RELEASE.stream()
                    .filter(c -> resource.getApiVersion().endsWith("/" + c.getVersion())).findFirst().orElseThrow();
            default -> throw new IllegalArgumentException("no definition for " + resource.getKind());
        };
    }
}
