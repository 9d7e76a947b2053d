package io.kubesteward.declarations.flux;

import io.kubesteward.declarations.FileResult;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the Flux objects (and a kustomization's namespace) of one file. */
final class FluxFileReader {
    private static final Set<String> HELM_RELEASE_VERSIONS = Set.of(
            "helm.toolkit.fluxcd.io/v2", "helm.toolkit.fluxcd.io/v2beta1", "helm.toolkit.fluxcd.io/v2beta2");
    private static final Set<String> SOURCE_VERSIONS = Set.of(
            "source.toolkit.fluxcd.io/v1", "source.toolkit.fluxcd.io/v1beta1", "source.toolkit.fluxcd.io/v1beta2");

    private FluxFileReader() {
    }

    static FileResult<FluxFile> read(String path, String content, boolean kustomizationFile) {
        YamlFile yaml = YamlReader.read(path, content);
        List<Problem> problems = new ArrayList<>(yaml.problems());
        List<HelmReleaseObject> releases = new ArrayList<>();
        List<HelmRepositoryObject> helmRepositories = new ArrayList<>();
        List<OciRepositoryObject> ociRepositories = new ArrayList<>();
        List<GitRepositoryObject> gitRepositories = new ArrayList<>();
        String kustomizationNamespace = null;
        for (YamlDocument document : yaml.documents()) {
            Node root = document.root();
            String apiVersion = Nodes.text(root, "apiVersion");
            String kind = Nodes.text(root, "kind");
            if ("HelmRelease".equals(kind) && HELM_RELEASE_VERSIONS.contains(apiVersion)) {
                HelmReleaseObject release = readRelease(path, document);
                if (release == null) {
                    problems.add(document.problemAt(path, root, "HelmRelease '" + Nodes.text(root, "metadata", "name")
                            + "' has neither spec.chart.spec.chart nor spec.chartRef; there is no chart version to read"));
                } else {
                    releases.add(release);
                }
            } else if ("HelmRepository".equals(kind) && SOURCE_VERSIONS.contains(apiVersion)) {
                helmRepositories.add(new HelmRepositoryObject(meta(path, document),
                        Nodes.text(root, "spec", "url"), Nodes.text(root, "spec", "type")));
            } else if ("OCIRepository".equals(kind) && SOURCE_VERSIONS.contains(apiVersion)) {
                ociRepositories.add(new OciRepositoryObject(meta(path, document), Nodes.text(root, "spec", "url"),
                        document.scalar(root, "spec", "ref", "tag"), document.scalar(root, "spec", "ref", "semver"),
                        Nodes.text(root, "spec", "ref", "digest")));
            } else if ("GitRepository".equals(kind) && SOURCE_VERSIONS.contains(apiVersion)) {
                GitRepositoryObject repository = new GitRepositoryObject(meta(path, document), Nodes.text(root, "spec", "url"),
                        document.scalar(root, "spec", "ref", "tag"), document.scalar(root, "spec", "ref", "semver"),
                        Nodes.text(root, "spec", "ref", "commit"), Nodes.text(root, "spec", "ref", "name"));
                if (repository.pinned()) {
                    gitRepositories.add(repository);
                }
            } else if (kustomizationFile && kustomizationNamespace == null && isKustomize(apiVersion, kind)) {
                kustomizationNamespace = knownValue(Nodes.text(root, "namespace"));
            }
        }
        return new FileResult<>(
                new FluxFile(path, kustomizationNamespace, releases, helmRepositories, ociRepositories, gitRepositories), problems);
    }

    private static HelmReleaseObject readRelease(String path, YamlDocument document) {
        Node root = document.root();
        Node chartSpec = Nodes.get(root, "spec", "chart", "spec");
        if (document.scalar(chartSpec, "chart") != null) {
            Node version = Nodes.get(chartSpec, "version");
            ChartTemplate chart = new ChartTemplate(
                    document.scalar(chartSpec, "chart"),
                    document.scalar(chartSpec, "version"),
                    !Nodes.isNull(version) && document.scalar(chartSpec, "version") == null,
                    reference(Nodes.get(chartSpec, "sourceRef")));
            return new HelmReleaseObject(meta(path, document), chart, null);
        }
        Node chartRef = Nodes.get(root, "spec", "chartRef");
        if (chartRef != null && Nodes.text(chartRef, "name") != null) {
            return new HelmReleaseObject(meta(path, document), null, reference(chartRef));
        }
        return null;
    }

    private static ObjectRef reference(Node node) {
        return new ObjectRef(Nodes.text(node, "kind"), Nodes.text(node, "name"), Nodes.text(node, "namespace"));
    }

    private static ObjectMeta meta(String path, YamlDocument document) {
        Node root = document.root();
        return new ObjectMeta(path, document.offsetOf(root), Nodes.text(root, "metadata", "name"),
                knownValue(Nodes.text(root, "metadata", "namespace")));
    }

    // a substituted namespace is unknown in Git; treat it as not written
    private static String knownValue(String namespace) {
        return namespace == null || namespace.isBlank() || Templating.isTemplated(namespace) ? null : namespace;
    }

    private static boolean isKustomize(String apiVersion, String kind) {
        return (apiVersion == null || apiVersion.startsWith("kustomize.config.k8s.io/"))
                && (kind == null || kind.equals("Kustomization"));
    }
}
