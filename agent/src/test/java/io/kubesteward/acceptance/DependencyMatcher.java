package io.kubesteward.acceptance;

import io.kubesteward.acceptance.RenovateReference.Dependency;
import io.kubesteward.acceptance.StewardPlan.Declared;
import java.util.List;
import java.util.Locale;

/**
 * Finds Steward's declarations for one of Renovate's dependencies. Both tools name a value by file
 * and current value; their names differ in form, so names are compared normalised:
 * <ul>
 *   <li>lower case, without a URL scheme ({@code https://}, {@code oci://}) or a leading {@code /}
 *       (Renovate names a chart given as a URL by its path);</li>
 *   <li>images without {@code docker.io/}, {@code index.docker.io/} and {@code library/}: Renovate
 *       names an image as written ({@code mongo}), Steward as pulled ({@code docker.io/library/mongo});</li>
 *   <li>one name may be the last path segments of the other: Renovate names an OCI chart by its
 *       chart name or by its full reference, depending on the manager.</li>
 * </ul>
 * The match is, in order: the same file, name and current value; when Renovate read no current value
 * (a {@code ${VAR}} substitution, a Go template, an image without a tag), the same file and name
 * with whatever Steward read there; and for a helmfile release whose version Renovate could not read,
 * a release of the same chart in a file of the same folder, where Steward resolved the template to
 * (the helmfile's {@code values:} or {@code environments:} file).
 */
final class DependencyMatcher {
    private DependencyMatcher() {
    }

    /** How Steward's declarations answer a dependency of Renovate's. */
    enum How {
        SAME_VALUE,
        VALUE_RENOVATE_COULD_NOT_READ,
        RESOLVED_INTO_HELMFILE_VALUES,
        NOT_FOUND
    }

    record Match(How how, List<Declared> declarations) {
    }

    static Match match(Dependency dependency, StewardPlan plan) {
        List<Declared> sameName = plan.inFile(dependency.file()).stream()
                .filter(d -> sameName(dependency.depName(), d.name())).toList();
        List<Declared> sameValue = sameName.stream().filter(d -> d.current().equals(dependency.currentValue())).toList();
        if (!sameValue.isEmpty()) {
            return new Match(How.SAME_VALUE, sameValue);
        }
        if (!dependency.currentUnread()) {
            return new Match(How.NOT_FOUND, List.of());
        }
        if (!sameName.isEmpty()) {
            return new Match(How.VALUE_RENOVATE_COULD_NOT_READ, sameName);
        }
        if (dependency.managers().contains("helmfile")) {
            String folder = folderOf(dependency.file());
            List<Declared> resolved = plan.declarations().stream()
                    .filter(d -> d.kind().equals("helmfile-release") && folderOf(d.file()).equals(folder))
                    .filter(d -> sameName(dependency.depName(), d.name()))
                    .toList();
            if (!resolved.isEmpty()) {
                return new Match(How.RESOLVED_INTO_HELMFILE_VALUES, resolved);
            }
        }
        return new Match(How.NOT_FOUND, List.of());
    }

    static boolean sameName(String renovate, String steward) {
        String a = normalised(renovate);
        String b = normalised(steward);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || a.endsWith("/" + b) || b.endsWith("/" + a);
    }

    static String normalised(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (String scheme : List.of("https://", "http://", "oci://")) {
            if (n.startsWith(scheme)) {
                n = n.substring(scheme.length());
            }
        }
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        for (String registry : List.of("index.docker.io/", "docker.io/", "library/")) {
            if (n.startsWith(registry)) {
                n = n.substring(registry.length());
            }
        }
        return n;
    }

    private static String folderOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }
}
