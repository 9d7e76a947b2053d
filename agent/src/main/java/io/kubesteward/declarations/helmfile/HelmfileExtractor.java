package io.kubesteward.declarations.helmfile;

import io.kubesteward.declarations.yaml.GoTemplateText;
import io.kubesteward.declarations.DeclarationExtractor;
import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.FileResult;
import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * helmfile releases ({@code helmfile.yaml}, {@code helmfile.d/*.yaml}, {@code *.yaml.gotmpl}, and
 * any YAML file with top-level {@code releases:} of charts), with their repositories, bases and the
 * state values of the {@code default} environment, and the images in the releases' inline values
 * (see {@link InlineValuesImages}). Helmfiles are Go templates: they are read without rendering
 * (see {@link GoTemplateText}), and the simple templates a version or chart is commonly written as
 * are evaluated from the repository's own files (see {@link TemplateEvaluator}).
 * Every other YAML file is kept as text, for the helmfiles that use it as a base or values file.
 */
public final class HelmfileExtractor implements DeclarationExtractor<HelmfileInput> {

    @Override
    public String id() {
        return "helmfile";
    }

    @Override
    public boolean isCandidate(String path, String content) {
        boolean chartTemplate = (path.startsWith("templates/") || path.contains("/templates/")) && content.contains("{{");
        return !chartTemplate && (RepoPaths.isYaml(path) || path.endsWith(".gotmpl"));
    }

    @Override
    public FileResult<HelmfileInput> extract(String path, String content) {
        if (!RepoPaths.isHelmfile(path, content)) {
            return new FileResult<>(new HelmfileInput(path, content, null), List.of());
        }
        TemplatedYaml yaml = TemplatedYaml.read(path, content, true);
        List<Problem> problems = new ArrayList<>(yaml.problems());
        HelmfileState state = HelmfileStateReader.read(yaml, problems);
        return new FileResult<>(new HelmfileInput(path, content, state), problems);
    }

    @Override
    public List<ExtractedDeclaration> link(List<HelmfileInput> files) {
        RepoFiles repoFiles = new RepoFiles(files);
        List<ExtractedDeclaration> found = new ArrayList<>();
        for (HelmfileInput file : files) {
            if (file.state() == null || file.state().releases().isEmpty()) {
                continue;
            }
            HelmfileContext context = HelmfileContext.of(file.state(), repoFiles);
            ReleaseLinker linker = new ReleaseLinker(file.state().source(), context);
            TemplateEvaluator evaluator = new TemplateEvaluator(context);
            for (HelmfileState.Release release : file.state().releases()) {
                found.add(linker.link(release));
                found.addAll(InlineValuesImages.of(file.state().source(), release, evaluator));
            }
        }
        return found;
    }
}
