package io.kubesteward.planning;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import io.kubesteward.policy.EffectivePolicy;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Companion images: two or more images of one registry namespace, written in the same file at the
 * same tag ({@code 1password/connect-api:1.7.2} beside {@code 1password/connect-sync:1.7.2}). They
 * are released together, so they move together: one pull request, never two that can diverge.
 * Docker Hub's official images ({@code library/}) share a namespace but not releases, so never count.
 * A package is never split: once a companion, its updates in every file join that pull request.
 */
final class Companions {
    private record Signature(String file, String registry, String namespace, String tag) {
    }

    private final Map<PackageRef, String> groups;

    private Companions(Map<PackageRef, String> groups) {
        this.groups = groups;
    }

    /** Among the declarations with updates, those whose policy keeps companions together. */
    static Companions of(List<Outcome> outcomes, Function<Declaration, EffectivePolicy> policy) {
        Map<Signature, Set<String>> members = new HashMap<>();
        for (Outcome o : outcomes) {
            Signature signature = o.updates().isEmpty() ? null : signature(o.declaration());
            EffectivePolicy p = signature == null ? null : policy.apply(o.declaration());
            if (p != null && p.groupCompanions() && p.groupName() == null) {
                members.computeIfAbsent(signature, s -> new TreeSet<>()).add(o.declaration().pkg().name());
            }
        }
        members.values().removeIf(names -> names.size() < 2);
        Map<PackageRef, String> groups = new HashMap<>();
        members.entrySet().stream().sorted(Map.Entry.comparingByKey(BY_FILE)).forEach(entry -> {
            String name = name(entry.getKey(), entry.getValue());
            entry.getValue().forEach(path -> groups.putIfAbsent(new PackageRef(SourceKind.DOCKER_IMAGE, entry.getKey().registry(), path), name));
        });
        return new Companions(groups);
    }

    private static final Comparator<Signature> BY_FILE = Comparator.comparing(Signature::file).thenComparing(Signature::namespace)
            .thenComparing(Signature::tag);

    /** The name of the companions {@code d}'s package belongs to ({@code 1password/connect}), or null when it has none. */
    String groupOf(Declaration d) {
        return d.pkg() == null ? null : groups.get(d.pkg());
    }

    private static String name(Signature signature, Set<String> names) {
        String registry = signature.registry().equals("docker.io") ? "" : signature.registry() + "/";
        String shared = commonPrefix(names.stream().map(n -> n.substring(signature.namespace().length() + 1)).toList())
                .replaceAll("[-_.]+$", "");
        return registry + signature.namespace() + (shared.length() < 2 ? "" : "/" + shared);
    }

    private static Signature signature(Declaration d) {
        if (d.pkg() == null || !SourceKind.DOCKER_IMAGE.equals(d.pkg().kind()) || d.currentValue() == null) {
            return null;
        }
        String path = d.pkg().name();
        int slash = path.lastIndexOf('/');
        if (slash <= 0 || path.startsWith("library/")) {
            return null;
        }
        return new Signature(d.file(), d.pkg().repository(), path.substring(0, slash), d.currentValue());
    }

    private static String commonPrefix(List<String> names) {
        String prefix = names.get(0);
        for (String name : names) {
            int i = 0;
            while (i < prefix.length() && i < name.length() && prefix.charAt(i) == name.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        return prefix;
    }
}
