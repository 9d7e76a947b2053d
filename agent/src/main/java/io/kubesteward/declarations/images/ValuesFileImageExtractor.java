package io.kubesteward.declarations.images;

import io.kubesteward.declarations.DeclarationExtractor;
import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.FileResult;
import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.model.DeclarationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Images in Helm values files: every {@code values.yaml} (as Renovate's helm-values manager reads
 * them), and {@code values-*.yaml}, {@code *-values.yaml}, {@code values.*.yaml} and
 * {@code values/*.yaml} when they sit in (or in {@code values/} below) a folder with a
 * {@code Chart.yaml}. Documents that are Kubernetes objects are left to the manifest extractor.
 */
public final class ValuesFileImageExtractor implements DeclarationExtractor<ValuesFile> {
    private static final String CHART_FILE = "Chart.yaml";
    private static final Pattern PLAIN_VALUES = Pattern.compile("values\\.ya?ml");
    private static final Pattern VALUES_VARIANT = Pattern.compile("values[-.].+\\.ya?ml|.+[-.]values\\.ya?ml");
    private static final String VALUES_FOLDER = "values";

    @Override
    public String id() {
        return "helm-values-images";
    }

    @Override
    public boolean isCandidate(String path, String content) {
        if (RepoPaths.fileName(path).equals(CHART_FILE)) {
            return true;
        }
        return isValuesName(path) && (content.contains("mage") || content.contains("MAGE"));
    }

    @Override
    public FileResult<ValuesFile> extract(String path, String content) {
        if (RepoPaths.fileName(path).equals(CHART_FILE)) {
            return new FileResult<>(new ValuesFile(path, true, List.of()), List.of());
        }
        YamlFile yaml = YamlReader.read(path, content);
        List<ExtractedDeclaration> images = new ArrayList<>();
        for (YamlDocument document : yaml.documents()) {
            boolean kubernetesObject = Nodes.text(document.root(), "apiVersion") != null && Nodes.text(document.root(), "kind") != null;
            if (!kubernetesObject && !ManifestImageExtractor.isSopsEncrypted(document.root())) {
                images.addAll(HelmValuesImages.find(path, content, document, document.root(), DeclarationKind.HELM_VALUES_IMAGE));
            }
        }
        return new FileResult<>(new ValuesFile(path, false, images), ManifestImageExtractor.yamlProblems(yaml, content));
    }

    @Override
    public List<ExtractedDeclaration> link(List<ValuesFile> files) {
        Set<String> chartFolders = files.stream().filter(ValuesFile::chart)
                .map(file -> RepoPaths.folder(file.path())).collect(Collectors.toSet());
        return files.stream()
                .filter(file -> !file.chart() && belongsToChart(file.path(), chartFolders))
                .flatMap(file -> file.images().stream())
                .toList();
    }

    private static boolean isValuesName(String path) {
        String name = RepoPaths.fileName(path);
        return PLAIN_VALUES.matcher(name).matches() || VALUES_VARIANT.matcher(name).matches()
                || RepoPaths.isYaml(path) && RepoPaths.fileName(RepoPaths.folder(path)).equals(VALUES_FOLDER);
    }

    private static boolean belongsToChart(String path, Set<String> chartFolders) {
        String name = RepoPaths.fileName(path);
        String folder = RepoPaths.folder(path);
        if (PLAIN_VALUES.matcher(name).matches()) {
            return true;
        }
        if (VALUES_VARIANT.matcher(name).matches() && chartFolders.contains(folder)) {
            return true;
        }
        return RepoPaths.fileName(folder).equals(VALUES_FOLDER) && chartFolders.contains(RepoPaths.parent(folder));
    }
}
