package io.kubesteward.declarations.helmfile;

import io.kubesteward.declarations.yaml.GoTemplateText;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The {@code values:} items of the helmfile release written at a char offset, read from the helmfile's masked text
 * (template actions blanked or turned into {@link #TEMPLATED} characters), for gathering a release's values.
 */
public final class HelmfileReleaseValues {
    /** The character a template's output becomes in masked text: a value holding it is not known without rendering. */
    public static final char TEMPLATED = GoTemplateText.PLACEHOLDER;

    private HelmfileReleaseValues() {
    }

    /** One item of a release's {@code values:} list: a file name (a scalar) or inline values (a mapping). */
    public record Item(YamlDocument document, Node node) {
    }

    /** The values items of the release that holds char offset {@code offset} (the one starting last before it). */
    public static List<Item> of(String path, String content, int offset) {
        HelmfileState.Release found = release(path, content, offset);
        return found == null ? List.of() : found.values().stream().map(v -> new Item(v.document(), v.node())).toList();
    }

    /** The {@code set:} items ({@code {name, value}}) of the same release, applied after its values as {@code --set}. */
    public static List<Item> sets(String path, String content, int offset) {
        HelmfileState.Release found = release(path, content, offset);
        return found == null ? List.of() : found.sets().stream().map(v -> new Item(v.document(), v.node())).toList();
    }

    /** The release's {@code name} and {@code namespace} (null where not written or written by a template). */
    public static java.util.Optional<io.kubesteward.model.ReleaseIdentity> identity(String path, String content, int offset) {
        HelmfileState.Release found = release(path, content, offset);
        if (found == null || found.name().contains("{{") || found.name().indexOf(TEMPLATED) >= 0 || found.name().equals("(no name)")) {
            return java.util.Optional.empty();
        }
        String ns = found.namespace() == null || found.namespace().indexOf(TEMPLATED) >= 0 || found.namespace().isBlank() ? null : found.namespace();
        return java.util.Optional.of(new io.kubesteward.model.ReleaseIdentity(found.name(), ns));
    }

    private static HelmfileState.Release release(String path, String content, int offset) {
        HelmfileState state = HelmfileStateReader.read(TemplatedYaml.read(path, content, true), new ArrayList<>());
        HelmfileState.Release found = null;
        for (HelmfileState.Release r : state.releases()) {
            if (r.offset() <= offset && (found == null || r.offset() > found.offset())) {
                found = r;
            }
        }
        return found;
    }

    /** A values file as helmfile reads it: {@code *.gotmpl} as a template (masked), any other as plain YAML. */
    public static YamlFile valuesFile(String path, String content) {
        return TemplatedYaml.read(path, content, path.endsWith(".gotmpl")).yaml();
    }
}
