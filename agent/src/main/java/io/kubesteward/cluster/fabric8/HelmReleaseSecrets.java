package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Listable;
import io.kubesteward.model.HelmReleaseSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Helm 3 release Secrets ({@code sh.helm.release.v1.NAME.vN}, type helm.sh/release.v1, labels
 * owner=helm, name, version, status): the newest revision of each release as a summary. Older
 * revisions are not decoded; no Secret data outlives the page it came in.
 */
final class HelmReleaseSecrets {
    static final String TYPE = "helm.sh/release.v1";

    private final KubernetesClient client;
    private final PagedLister lister;
    private final Map<String, HelmReleaseSummary> newest = new HashMap<>();

    HelmReleaseSecrets(KubernetesClient client, PagedLister lister) {
        this.client = client;
        this.lister = lister;
    }

    List<HelmReleaseSummary> read() {
        Function<String, Listable<SecretList>> scoped = namespace -> namespace == null
                ? client.secrets().inAnyNamespace().withLabel("owner", "helm").withField("type", TYPE)
                : client.secrets().inNamespace(namespace).withLabel("owner", "helm").withField("type", TYPE);
        lister.<Secret, SecretList>each(ReadKinds.HELM_SECRETS, scoped, null, this::secret);
        return List.copyOf(newest.values());
    }

    private void secret(Secret secret) {
        Map<String, String> labels = Metadata.labels(secret.getMetadata());
        String data = secret.getData() == null ? null : secret.getData().get("release");
        // the API server honours the type field selector; some servers and mocks ignore it
        if (!TYPE.equals(secret.getType()) || data == null || labels.get("name") == null) {
            return;
        }
        int revision = revision(labels.get("version"));
        String key = secret.getMetadata().getNamespace() + "/" + labels.get("name");
        HelmReleaseSummary held = newest.get(key);
        if (held == null || revision > held.revision()) {
            newest.put(key, HelmReleasePayload.summary(data, secret.getMetadata().getNamespace(), labels.get("name"), revision,
                    labels.get("status")));
        }
    }

    private static int revision(String label) {
        try {
            return label == null ? 0 : Integer.parseInt(label.trim());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
