package io.kubesteward.model;

/**
 * What a {@link DeclarationKind#CONTAINER_RESOURCES} declaration's name says: the workload (kind,
 * namespace, name), the container and the value ({@code requests.cpu}, {@code limits.memory}; null
 * for the container itself, declared without those values), and, for a manifest that kustomize
 * builds, the folder of the top kustomization it is built from ({@code root}; null for a plain
 * manifest). Written {@code Deployment/apps/api/api:requests.cpu}, with {@code @clusters/prod/apps}
 * after it when built by kustomize; {@code -} stands for a namespace the repository does not say.
 */
public record ContainerResourceRef(String kind, String namespace, String name, String container, String field, String root) {
    private static final String NO_NAMESPACE = "-";

    public ContainerResourceRef {
        if (kind == null || name == null || container == null) {
            throw new IllegalArgumentException("kind, name and container are required");
        }
    }

    /** The declaration name. */
    public String format() {
        StringBuilder b = new StringBuilder(kind).append('/').append(namespace == null ? NO_NAMESPACE : namespace).append('/')
                .append(name).append('/').append(container);
        if (field != null) {
            b.append(':').append(field);
        }
        if (root != null) {
            b.append('@').append(root.isEmpty() ? "." : root);
        }
        return b.toString();
    }

    /** The reference a declaration name holds, or null when it is not one. */
    public static ContainerResourceRef parse(String text) {
        String rest = text;
        String root = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            root = rest.substring(at + 1);
            root = root.equals(".") ? "" : root;
            rest = rest.substring(0, at);
        }
        String field = null;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            field = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String[] parts = rest.split("/", -1);
        if (parts.length != 4 || parts[0].isEmpty() || parts[2].isEmpty() || parts[3].isEmpty()) {
            return null;
        }
        return new ContainerResourceRef(parts[0], parts[1].equals(NO_NAMESPACE) ? null : parts[1], parts[2], parts[3], field, root);
    }

    public ContainerResourceRef withField(String newField) {
        return new ContainerResourceRef(kind, namespace, name, container, newField, root);
    }

    @Override
    public String toString() {
        return format();
    }
}
