package io.kubesteward.analysis;

import java.util.Map;
import java.util.Set;

/**
 * One object of a rendered manifest: who it is, the template it came from (Helm's {@code # Source:} comment), and
 * its content as parsed.
 */
record RenderedResource(String apiVersion, String kind, String namespace, String name, String source, Map<String, Object> body) {
    /** The built-in kinds that have no namespace: a namespace a template gives them is ignored by the API server. */
    static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node", "PersistentVolume", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PriorityClass", "IngressClass", "RuntimeClass", "CSIDriver", "CSINode",
            "VolumeAttachment", "APIService", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
            "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "FlowSchema", "PriorityLevelConfiguration",
            "CertificateSigningRequest", "PodSecurityPolicy");

    /** What pairs the same object across two renders: Helm updates an object of the same kind, namespace and name. */
    String key() {
        return kind + "/" + (namespace == null ? "" : namespace) + "/" + name;
    }

    /** {@code Deployment podinfo} or {@code Deployment monitoring/podinfo}, as a reviewer reads it. */
    String shown() {
        return kind + " " + (namespace == null || namespace.isEmpty() ? "" : namespace + "/") + name;
    }

    String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }
}
