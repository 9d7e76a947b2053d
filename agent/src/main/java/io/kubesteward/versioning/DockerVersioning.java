package io.kubesteward.versioning;

import io.kubesteward.model.UpdateType;
import java.util.Comparator;
import java.util.Objects;

/**
 * Docker tags as Renovate's {@code docker} versioning reads them (see {@link DockerTag}). Tags move
 * only to compatible tags: the same suffix and the same number of numeric parts, so
 * {@code 1.2.3-alpine} goes to {@code 1.2.4-alpine}, never to {@code 1.2.4} or {@code 1.3}. A
 * pre-release is a word glued to the numbers ({@code 2.0.0rc1}, {@code 1.2beta}); text after a
 * hyphen is a variant, not a pre-release, so {@code 1.0.0-rc1} is stable and only moves to other
 * {@code -rc1} tags. {@code latest}, {@code stable}, commit hashes and other words are not versions.
 * Tags have no ranges.
 */
public final class DockerVersioning implements VersionScheme {

    public static final String ID = "docker";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean isValid(String version) {
        return DockerTag.tryParse(version).isPresent();
    }

    @Override
    public boolean isStable(String version) {
        return DockerTag.tryParse(version).map(tag -> tag.prerelease().isEmpty()).orElse(false);
    }

    /**
     * Same suffix and same number of numeric parts (Renovate's {@code isCompatible}), where two build
     * hashes count as the same suffix: {@code 1.40.2.8395-c67dce28e} moves to {@code 1.41.0.8992-8463ad060}
     * (with Renovate that takes a regex versioning rule per image).
     */
    @Override
    public boolean isCompatible(String version, String current) {
        var a = DockerTag.tryParse(version);
        var b = DockerTag.tryParse(current);
        if (a.isEmpty() || b.isEmpty() || a.get().release().size() != b.get().release().size()) {
            return false;
        }
        return a.get().suffix().equals(b.get().suffix()) || (a.get().buildHashSuffix() && b.get().buildHashSuffix());
    }

    @Override
    public boolean isConstraint(String text) {
        return false;
    }

    @Override
    public boolean isValidConstraint(String constraint) {
        return false;
    }

    /** A tag satisfies only itself: Docker tags have no ranges. */
    @Override
    public boolean satisfies(String version, String constraint) {
        return isValid(version) && Objects.equals(version, constraint);
    }

    /** Renovate's order; throws {@link IllegalArgumentException} for a tag that is not a version. */
    @Override
    public Comparator<String> comparator() {
        return DockerTagOrder.INSTANCE;
    }

    /** By the first, second, then any later number: MAJOR, MINOR, else PATCH. */
    @Override
    public UpdateType updateType(String from, String to) {
        DockerTag older = DockerTag.parse(from);
        DockerTag newer = DockerTag.parse(to);
        if (!Objects.equals(older.part(0), newer.part(0))) {
            return UpdateType.MAJOR;
        }
        if (!Objects.equals(older.part(1), newer.part(1))) {
            return UpdateType.MINOR;
        }
        return UpdateType.PATCH;
    }
}
