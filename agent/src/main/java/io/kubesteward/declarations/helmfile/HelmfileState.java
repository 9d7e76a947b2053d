package io.kubesteward.declarations.helmfile;

import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlScalar;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What one helmfile (or a base it includes) declares, over all its YAML documents. Scalars are
 * as read from the masked text: {@link TemplatedYaml#original} gives their written form.
 */
record HelmfileState(
        TemplatedYaml source,
        List<Release> releases,
        List<Repository> repositories,
        List<YamlScalar> bases,
        List<ValuesEntry> values,
        Map<String, List<ValuesEntry>> environments) {

    HelmfileState {
        releases = List.copyOf(releases);
        repositories = List.copyOf(repositories);
        bases = List.copyOf(bases);
        values = List.copyOf(values);
        environments = Map.copyOf(environments);
    }

    /**
     * A {@code releases[]} item; {@code version} is null when absent or not a single value
     * ({@code versionNotScalar}); {@code values} are the items of its {@code values:} list, {@code sets} those of its
     * {@code set:} list ({@code --set} for each).
     */
    record Release(String name, int offset, YamlScalar chart, YamlScalar version, boolean versionNotScalar, List<ValuesEntry> values,
                   List<ValuesEntry> sets, String namespace) {
        Release {
            values = List.copyOf(values);
            sets = List.copyOf(sets);
        }
    }

    /** A {@code repositories[]} item. */
    record Repository(String name, YamlScalar url, boolean oci) {
    }

    /** An item of a {@code values:} list: a file name (a scalar) or inline values (a mapping). */
    record ValuesEntry(YamlDocument document, Node node) {
    }
}
