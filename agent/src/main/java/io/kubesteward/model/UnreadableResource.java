package io.kubesteward.model;

/**
 * A kind Steward could not read, and the run went on without it: {@code namespace} null means
 * cluster-wide. {@code message} says what was missing and what to grant or install, e.g. "list pods
 * in namespace apps is forbidden: grant verb list on pods".
 */
public record UnreadableResource(String kind, String namespace, Reason reason, String message) {
    public enum Reason {
        /** RBAC said no (403). */
        FORBIDDEN("forbidden"),
        /** The API is not served: a CRD or an add-on is not installed (404). */
        NOT_INSTALLED("not-installed"),
        /** Anything else the server answered, or the reply could not be understood. */
        FAILED("failed");

        private final String id;

        Reason(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public UnreadableResource {
        ClusterCopies.required(kind, "unreadable kind");
        if (reason == null) {
            throw new IllegalArgumentException("reason is required");
        }
        ClusterCopies.required(message, "unreadable message");
    }
}
