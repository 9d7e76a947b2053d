package io.kubesteward.declarations.helmfile;

import io.kubesteward.declarations.RepoPaths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The repository's YAML files by path, each read at most once, when a helmfile refers to it. */
final class RepoFiles {
    private final Map<String, HelmfileInput> byPath = new HashMap<>();
    private final Map<String, TemplatedYaml> read = new HashMap<>();

    RepoFiles(List<HelmfileInput> inputs) {
        inputs.forEach(input -> byPath.put(input.path(), input));
    }

    /**
     * The file at {@code relative} to the folder of {@code from}, read as YAML (as a Go template
     * when {@code rendered}); null when not in the repository.
     */
    TemplatedYaml find(String from, String relative, boolean rendered) {
        String path = resolve(RepoPaths.folder(from), relative);
        HelmfileInput input = path == null ? null : byPath.get(path);
        if (input == null) {
            return null;
        }
        if (input.state() != null) {
            return input.state().source();
        }
        return read.computeIfAbsent((rendered ? "rendered:" : "plain:") + path, key -> TemplatedYaml.read(path, input.content(), rendered));
    }

    /** {@code relative} against {@code folder}, with {@code .} and {@code ..} folded; null above the root. */
    static String resolve(String folder, String relative) {
        return RepoPaths.resolve(folder, relative);
    }
}
