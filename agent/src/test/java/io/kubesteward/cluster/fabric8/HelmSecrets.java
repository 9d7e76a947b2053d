package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Helm 3 release Secrets as Helm writes them: JSON, gzip, base64 (Helm's), base64 (the Secret's). */
final class HelmSecrets {
    static final String PASSWORD = "hunter2-never-printed";

    private HelmSecrets() {
    }

    static Secret release(String namespace, String name, int revision, String status, String chartVersion) {
        return release(namespace, name, revision, status, name, chartVersion, chartVersion);
    }

    static Secret release(String namespace, String name, int revision, String status, String chart, String chartVersion, String appVersion) {
        String json = """
                {"name":"%s","namespace":"%s","version":%d,
                 "info":{"first_deployed":"2024-01-01T00:00:00Z","status":"%s","notes":"Visit http://podinfo"},
                 "chart":{"metadata":{"name":"%s","version":"%s","appVersion":"%s","apiVersion":"v2"},
                          "templates":[{"name":"templates/deployment.yaml","data":"YXBpVmVyc2lvbjogdjE="}],
                          "values":{"replicaCount":1}},
                 "config":{"redis":{"password":"%s"}},
                 "manifest":"---\\nkind: Secret\\ndata:\\n  password: %s\\n"}
                """.formatted(name, namespace, revision, status, chart, chartVersion, appVersion, PASSWORD, PASSWORD);
        String helmEncoded = Base64.getEncoder().encodeToString(gzip(json));
        String secretData = Base64.getEncoder().encodeToString(helmEncoded.getBytes(StandardCharsets.US_ASCII));
        return new SecretBuilder()
                .withNewMetadata().withName("sh.helm.release.v1." + name + ".v" + revision).withNamespace(namespace)
                .withLabels(Map.of("owner", "helm", "name", name, "status", status, "version", Integer.toString(revision)))
                .endMetadata()
                .withType("helm.sh/release.v1")
                .withData(Map.of("release", secretData))
                .build();
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
