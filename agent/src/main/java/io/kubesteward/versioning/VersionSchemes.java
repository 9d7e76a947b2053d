package io.kubesteward.versioning;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.SourceKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The version schemes Steward knows, listed explicitly (no classpath scanning). */
public final class VersionSchemes {

    private static final VersionScheme HELM = new HelmVersioning();

    private static final Map<String, VersionScheme> BY_ID = index(List.of(HELM, new MavenVersioning(), new DockerVersioning()));

    private VersionSchemes() {}

    public static VersionScheme helm() {
        return HELM;
    }

    /** The scheme a source's versions follow unless a declaration says otherwise. */
    public static VersionScheme forSource(SourceKind kind) {
        return byId(kind.versioning());
    }

    /** The declaration's own choice ({@code versioning=}), else its source's default. */
    public static VersionScheme forDeclaration(Declaration d) {
        if (d.versioning() != null && BY_ID.containsKey(d.versioning())) {
            return BY_ID.get(d.versioning());
        }
        return d.pkg() == null ? HELM : forSource(d.pkg().kind());
    }

    /** The scheme with {@code id}; throws {@link IllegalArgumentException} naming the known ids. */
    public static VersionScheme byId(String id) {
        VersionScheme scheme = id == null ? null : BY_ID.get(id);
        if (scheme == null) {
            throw new IllegalArgumentException(
                    "unknown version scheme '" + id + "'; known schemes: " + String.join(", ", BY_ID.keySet()));
        }
        return scheme;
    }

    private static Map<String, VersionScheme> index(List<VersionScheme> schemes) {
        Map<String, VersionScheme> byId = new LinkedHashMap<>();
        for (VersionScheme scheme : schemes) {
            if (byId.putIfAbsent(scheme.id(), scheme) != null) {
                throw new IllegalStateException("two version schemes share the id '" + scheme.id() + "'");
            }
        }
        return Collections.unmodifiableMap(byId);
    }
}
