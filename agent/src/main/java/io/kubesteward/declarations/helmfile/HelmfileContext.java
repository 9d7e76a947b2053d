package io.kubesteward.declarations.helmfile;

import io.kubesteward.declarations.yaml.GoTemplateText;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What a helmfile's templates and chart names are resolved against: its repositories and those of
 * its bases, and the state values of the {@code default} environment as helmfile layers them
 * (bases first, then the file; top-level {@code values:}, then {@code environments.default.values};
 * a later layer wins). {@code unread} says which listed files could not be used, for skip reasons.
 */
final class HelmfileContext {
    static final String ENVIRONMENT = "default";
    private static final int MAX_BASE_DEPTH = 5;

    /** A repository with the file that declares it. */
    record SourcedRepository(TemplatedYaml source, HelmfileState.Repository repository) {
    }

    /** One layer of state values: a mapping in a file. */
    record ValuesLayer(TemplatedYaml source, YamlDocument document, Node root) {
    }

    private final List<SourcedRepository> repositories = new ArrayList<>();
    private final List<ValuesLayer> layers = new ArrayList<>();
    private final List<String> unread = new ArrayList<>();
    private final RepoFiles files;
    private final String rootPath;

    private HelmfileContext(RepoFiles files, String rootPath) {
        this.files = files;
        this.rootPath = rootPath;
    }

    static HelmfileContext of(HelmfileState state, RepoFiles files) {
        HelmfileContext context = new HelmfileContext(files, state.source().path());
        context.add(state, 0);
        return context;
    }

    List<ValuesLayer> layers() {
        return layers;
    }

    List<String> unread() {
        return unread;
    }

    /** The repository named {@code name}; the helmfile's own wins over its bases'. */
    SourcedRepository repository(String name) {
        for (int i = repositories.size() - 1; i >= 0; i--) {
            if (repositories.get(i).repository().name().equals(name)) {
                return repositories.get(i);
            }
        }
        return null;
    }

    private void add(HelmfileState state, int depth) {
        TemplatedYaml source = state.source();
        for (YamlScalar base : state.bases()) {
            String name = source.original(base).value();
            TemplatedYaml file = isTemplated(name) || depth >= MAX_BASE_DEPTH ? null : find(source, name, true);
            if (file == null) {
                unread.add("base '" + name + "'" + (isTemplated(name) ? " (templated name)" : " (not in the repository)"));
            } else {
                add(HelmfileStateReader.read(file, new ArrayList<>()), depth + 1);
            }
        }
        state.repositories().forEach(repository -> repositories.add(new SourcedRepository(source, repository)));
        state.values().forEach(entry -> addValues(source, entry));
        state.environments().getOrDefault(ENVIRONMENT, List.of()).forEach(entry -> addValues(source, entry));
    }

    private void addValues(TemplatedYaml source, HelmfileState.ValuesEntry entry) {
        if (entry.node() instanceof MappingNode inline) {
            layers.add(new ValuesLayer(source, entry.document(), inline));
            return;
        }
        YamlScalar scalar = entry.document().scalar(entry.node());
        if (scalar == null) {
            return;
        }
        String name = source.original(scalar).value();
        if (isTemplated(name)) {
            unread.add("values file '" + name + "' (templated name)");
            return;
        }
        TemplatedYaml file = find(source, name, name.endsWith(".gotmpl"));
        if (file == null) {
            unread.add("values file '" + name + "' (not in the repository)");
            return;
        }
        for (YamlDocument document : file.yaml().documents()) {
            if (document.root() instanceof MappingNode) {
                layers.add(new ValuesLayer(file, document, document.root()));
            }
        }
        if (!file.yaml().problems().isEmpty()) {
            unread.add("values file '" + file.path() + "' (" + file.yaml().problems().get(0).location() + ": not valid YAML)");
        }
    }

    // helmfile resolves the paths of a base against the folder of the helmfile that includes it
    private TemplatedYaml find(TemplatedYaml declaredIn, String name, boolean rendered) {
        TemplatedYaml file = files.find(rootPath, name, rendered);
        return file != null ? file : files.find(declaredIn.path(), name, rendered);
    }

    /** The last layer that sets {@code keys}, or null. */
    ValuesLayer setting(List<String> keys) {
        String[] path = keys.toArray(String[]::new);
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (Nodes.get(layers.get(i).root(), path) != null) {
                return layers.get(i);
            }
        }
        return null;
    }

    private static boolean isTemplated(String text) {
        return text.contains("{{") || text.indexOf(GoTemplateText.PLACEHOLDER) >= 0;
    }
}
