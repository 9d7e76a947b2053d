package io.kubesteward.config;

import io.kubesteward.model.DeclarationKind;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

final class Kinds {
    private Kinds() {
    }

    static List<String> require(List<String> kinds) {
        for (String kind : kinds) {
            boolean known = Arrays.stream(DeclarationKind.values()).anyMatch(k -> k.id().equals(kind));
            if (!known) {
                throw new IllegalArgumentException("unknown kind '" + kind + "'; allowed: " + Arrays.stream(DeclarationKind.values())
                        .map(DeclarationKind::id).collect(Collectors.joining(", ")));
            }
        }
        return kinds;
    }
}
