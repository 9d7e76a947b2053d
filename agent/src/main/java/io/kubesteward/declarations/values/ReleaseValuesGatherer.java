package io.kubesteward.declarations.values;

import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.CrdHandling;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.ReleaseIdentity;
import io.kubesteward.model.ReleaseRef;
import io.kubesteward.model.ReleaseValues;
import io.kubesteward.model.SetValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a chart declaration's release gets from the repository, gathered the way its tool reads them: Flux
 * {@code values} and {@code valuesFrom}, Argo CD {@code helm.*}, helmfile {@code values:}, kustomize
 * {@code helmCharts}, or the umbrella chart's values under the dependency's key. Pure: the files are given.
 */
public final class ReleaseValuesGatherer {
    private final ValuesFiles files;
    private final ConfigMaps configMaps;

    /** @param files the repository's text files by path (forward slashes, relative to the root) */
    public ReleaseValuesGatherer(Map<String, String> files) {
        this.files = new ValuesFiles(files);
        this.configMaps = new ConfigMaps(this.files);
    }

    /** Who applies the chart's {@code crds/} for this declaration. */
    public CrdHandling crdHandling(Declaration d) {
        int offset = d.span() == null ? 0 : d.span().start();
        return CrdHandlingReader.of(d.kind(), d.kind() == DeclarationKind.HELMFILE_RELEASE ? Optional.empty()
                : files.documentAt(d.file(), offset), offset);
    }

    /** Where the values path {@code path} of this declaration's release is written, or why Steward cannot write it. */
    public io.kubesteward.model.ValuesTarget target(Declaration d, List<String> path) {
        return target(d, path, List.of());
    }

    /**
     * As {@link #target(Declaration, List)}, never in a block that another of {@code readers} (the repository's chart
     * declarations) reads too: a value file two Argo CD Applications list, a helmfile template's values.
     */
    public io.kubesteward.model.ValuesTarget target(Declaration d, List<String> path, List<Declaration> readers) {
        if (d.span() == null) {
            return io.kubesteward.model.ValuesTarget.refused("the declaration has no place in its file");
        }
        return ValuesTargets.of(blocks(d), path, block -> sharedWith(d, block, readers));
    }

    private final Map<Declaration, ValuesBlocks.Listed> listed = new java.util.concurrent.ConcurrentHashMap<>();

    private ValuesBlocks.Listed blocks(Declaration d) {
        return listed.computeIfAbsent(d, x -> ValuesBlocks.of(x, files, configMaps));
    }

    /** Another declaration's release that reads {@code block} too, named; null when none does. */
    private String sharedWith(Declaration d, io.kubesteward.model.ValuesBlock block, List<Declaration> readers) {
        for (Declaration other : readers) {
            if (other.equals(d) || other.span() == null || other.file().equals(d.file()) && other.span().equals(d.span())) {
                continue;
            }
            for (ValuesBlocks.Source s : blocks(other).sources()) {
                if (s.writable() && s.block().file().equals(block.file()) && s.block().offset() == block.offset()
                        && s.block().create().equals(block.create())) {
                    return "release " + release(other).name() + " (" + other.kind().id() + " " + other.file() + ")";
                }
            }
        }
        return null;
    }

    /** For a dependency of an umbrella chart in the repository: the umbrella's name (its {@code Chart.yaml}); else empty. */
    public Optional<String> umbrella(Declaration d) {
        if (d.kind() != DeclarationKind.CHART_DEPENDENCY || d.span() == null) {
            return Optional.empty();
        }
        return files.documentAt(d.file(), d.span().start()).map(doc -> io.kubesteward.declarations.yaml.Nodes.text(doc.root(), "name"));
    }

    /**
     * For a dependency of an umbrella chart: the name Helm gives it inside the umbrella's release (its alias, else its
     * chart's name), which its {@code .Chart.Name} and so its labels and object names carry; else empty.
     */
    public Optional<String> renderedAs(Declaration d) {
        if (d.kind() != DeclarationKind.CHART_DEPENDENCY || d.span() == null) {
            return Optional.empty();
        }
        return files.documentAt(d.file(), d.span().start()).map(doc -> UmbrellaValues.key(doc, d.span().start()));
    }

    /** The release's name and namespace as the declaration's tool gives them. */
    public ReleaseIdentity release(Declaration d) {
        if (d.kind() == DeclarationKind.HELMFILE_RELEASE && d.span() != null) {
            Optional<ReleaseIdentity> helmfile = files.content(d.file())
                    .flatMap(c -> io.kubesteward.declarations.helmfile.HelmfileReleaseValues.identity(d.file(), c, d.span().start()));
            if (helmfile.isPresent()) {
                return helmfile.get();
            }
        }
        boolean reads = d.span() != null && ReleaseNames.readsDocument(d.kind());
        return ReleaseNames.of(d, reads ? files.documentAt(d.file(), d.span().start()) : Optional.empty());
    }

    /** The release object the declaration is (a Flux HelmRelease), when its tool orders releases by object. */
    public Optional<ReleaseRef> object(Declaration d) {
        return ReleaseOrder.object(d, document(d));
    }

    /**
     * How {@code helm} names the release Helm stores for this declaration ({@code web --namespace apps}: Flux keeps it
     * in {@code spec.storageNamespace}, else the HelmRelease's namespace); {@code <release>} where the repository does
     * not say (helmfile, an umbrella chart's dependency); empty where no Helm release is stored (Argo CD, kustomize).
     */
    public Optional<String> storedRelease(Declaration d) {
        return switch (d.kind()) {
            case ARGOCD_APPLICATION, KUSTOMIZE_HELM_CHART -> Optional.empty();
            case FLUX_HELM_RELEASE -> {
                Optional<YamlDocument> doc = document(d);
                String storage = doc.map(x -> io.kubesteward.declarations.yaml.Nodes.text(x.root(), "spec", "storageNamespace")).orElse(null);
                String namespace = storage != null ? storage : object(d).map(ReleaseRef::namespace).orElse(null);
                yield Optional.of(release(d).name() + (namespace == null ? "" : " --namespace " + namespace));
            }
            default -> Optional.of("<release>");
        };
    }

    /** The release objects it waits for (Flux {@code spec.dependsOn}). */
    public List<ReleaseRef> dependsOn(Declaration d) {
        return ReleaseOrder.dependsOn(d, document(d));
    }

    private Optional<YamlDocument> document(Declaration d) {
        return d.span() == null || d.kind() != DeclarationKind.FLUX_HELM_RELEASE ? Optional.empty() : files.documentAt(d.file(), d.span().start());
    }

    public ReleaseValues gather(Declaration d) {
        if (d.span() == null) {
            return ReleaseValues.NONE;
        }
        int offset = d.span().start();
        List<SetValue> out = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        if (d.kind() == DeclarationKind.HELMFILE_RELEASE) {
            files.content(d.file()).ifPresent(c -> HelmfileValues.gather(d.file(), c, offset, files, out, unresolved));
            return new ReleaseValues(out, unresolved);
        }
        Optional<YamlDocument> doc = files.documentAt(d.file(), offset);
        if (doc.isEmpty()) {
            return ReleaseValues.NONE;
        }
        String skipped = null;
        switch (d.kind()) {
            case FLUX_HELM_RELEASE -> {
                FluxValues.gather(d.file(), doc.get(), configMaps, out, unresolved);
                skipped = "true".equals(io.kubesteward.declarations.yaml.Nodes.text(doc.get().root(), "spec", "upgrade", "disableSchemaValidation"))
                        ? "spec.upgrade.disableSchemaValidation: true in " + d.file() : null;
            }
            case ARGOCD_APPLICATION -> {
                ArgoValues.gather(d.file(), doc.get(), offset, files, out, unresolved);
                skipped = "true".equals(io.kubesteward.declarations.yaml.Nodes.text(ArgoValues.sourceAt(doc.get(), offset), "helm",
                        "skipSchemaValidation")) ? "helm.skipSchemaValidation: true in " + d.file() : null;
            }
            case KUSTOMIZE_HELM_CHART -> KustomizeValues.gather(d.file(), doc.get(), offset, files, out, unresolved);
            case CHART_DEPENDENCY -> UmbrellaValues.gather(d.file(), doc.get(), offset, files, out);
            default -> {
                return ReleaseValues.NONE;
            }
        }
        return new ReleaseValues(out, unresolved, skipped);
    }
}
