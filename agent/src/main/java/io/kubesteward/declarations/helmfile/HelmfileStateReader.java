package io.kubesteward.declarations.helmfile;

import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads the parts of a helmfile that declare or resolve chart versions. */
final class HelmfileStateReader {
    private HelmfileStateReader() {
    }

    static HelmfileState read(TemplatedYaml source, List<Problem> problems) {
        List<HelmfileState.Release> releases = new ArrayList<>();
        List<HelmfileState.Repository> repositories = new ArrayList<>();
        List<YamlScalar> bases = new ArrayList<>();
        List<HelmfileState.ValuesEntry> values = new ArrayList<>();
        Map<String, List<HelmfileState.ValuesEntry>> environments = new LinkedHashMap<>();
        for (YamlDocument document : source.yaml().documents()) {
            Node root = document.root();
            for (Node release : Nodes.items(Nodes.get(root, "releases"))) {
                YamlScalar chart = document.scalar(release, "chart");
                if (chart == null) {
                    problems.add(document.problemAt(source.path(), release, "release '" + nameOf(source, document, release)
                            + "' has no chart; there is no chart version to read"));
                    continue;
                }
                YamlScalar version = document.scalar(release, "version");
                boolean versionNotScalar = version == null && !Nodes.isNull(Nodes.get(release, "version"));
                releases.add(new HelmfileState.Release(nameOf(source, document, release), document.offsetOf(release), chart, version,
                        versionNotScalar, entries(document, Nodes.get(release, "values")), entries(document, Nodes.get(release, "set")),
                        Nodes.text(release, "namespace")));
            }
            for (Node repository : Nodes.items(Nodes.get(root, "repositories"))) {
                String name = Nodes.text(repository, "name");
                if (name != null) {
                    repositories.add(new HelmfileState.Repository(name, document.scalar(repository, "url"),
                            "true".equals(Nodes.text(repository, "oci"))));
                }
            }
            for (Node base : Nodes.items(Nodes.get(root, "bases"))) {
                YamlScalar file = document.scalar(base);
                if (file != null) {
                    bases.add(file);
                }
            }
            values.addAll(entries(document, Nodes.get(root, "values")));
            if (Nodes.get(root, "environments") instanceof MappingNode named) {
                for (NodeTuple environment : named.getValue()) {
                    if (environment.getKeyNode() instanceof ScalarNode name) {
                        environments.computeIfAbsent(name.getValue(), key -> new ArrayList<>())
                                .addAll(entries(document, Nodes.get(environment.getValueNode(), "values")));
                    }
                }
            }
        }
        return new HelmfileState(source, releases, repositories, bases, values, environments);
    }

    private static String nameOf(TemplatedYaml source, YamlDocument document, Node release) {
        YamlScalar name = document.scalar(release, "name");
        return name == null ? "(no name)" : source.original(name).value();
    }

    private static List<HelmfileState.ValuesEntry> entries(YamlDocument document, Node list) {
        return Nodes.items(list).stream().map(item -> new HelmfileState.ValuesEntry(document, item)).toList();
    }
}
