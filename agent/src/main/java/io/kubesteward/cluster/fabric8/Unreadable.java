package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubesteward.model.UnreadableResource;
import io.kubesteward.model.UnreadableResource.Reason;

/** Turns a failed list into a report entry that names the permission to grant or the component to install. */
final class Unreadable {
    private Unreadable() {
    }

    static UnreadableResource of(ReadKind kind, String namespace, KubernetesClientException failure) {
        int code = failure.getCode();
        if (code == 403) {
            return new UnreadableResource(kind.kind(), namespace, Reason.FORBIDDEN, forbidden(kind, namespace));
        }
        if (code == 404 || noSuchKind(failure)) {
            return new UnreadableResource(kind.kind(), namespace, Reason.NOT_INSTALLED, notInstalled(kind));
        }
        String answer = code > 0 ? "the API server answered " + code : "the request failed";
        String hint = code == 410 ? "the list changed while paging; run again" : "run again, or check the API server";
        return new UnreadableResource(kind.kind(), namespace, Reason.FAILED,
                "cannot list " + kind.resource() + where(kind, namespace) + ": " + answer + " (" + firstLine(failure) + "); " + hint);
    }

    static UnreadableResource unparsable(ReadKind kind, String namespace, RuntimeException failure) {
        return new UnreadableResource(kind.kind(), namespace, Reason.FAILED, "cannot read " + kind.resource() + where(kind, namespace)
                + ": the reply could not be understood (" + firstLine(failure) + ")");
    }

    private static String forbidden(ReadKind kind, String namespace) {
        String scope;
        if (!kind.namespaced()) {
            scope = " (a ClusterRole and ClusterRoleBinding)";
        } else if (namespace == null) {
            scope = " cluster-wide (a ClusterRole and ClusterRoleBinding), or read only the namespaces you may list";
        } else {
            scope = " in namespace " + namespace + " (a Role and RoleBinding)";
        }
        return "list " + kind.plural() + where(kind, namespace) + " is forbidden: grant verb list on " + kind.plural() + " in "
                + kind.groupName() + scope;
    }

    private static String notInstalled(ReadKind kind) {
        return kind.component() != null ? kind.component() : kind.resource() + " is not served by this API server";
    }

    private static String where(ReadKind kind, String namespace) {
        if (!kind.namespaced()) {
            return "";
        }
        return namespace == null ? " in all namespaces" : " in namespace " + namespace;
    }

    /** fabric8's discovery failure when a kind is unknown, raised before any request is sent. */
    private static boolean noSuchKind(KubernetesClientException failure) {
        String message = failure.getMessage();
        return failure.getCode() <= 0 && message != null && message.contains("Could not find the metadata");
    }

    static String firstLine(RuntimeException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
