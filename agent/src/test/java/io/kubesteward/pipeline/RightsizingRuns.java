package io.kubesteward.pipeline;

import io.kubesteward.cluster.snapshot.SnapshotReader;
import io.kubesteward.declarations.ScanResult;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.SourceFile;
import io.kubesteward.planning.Planner;
import io.kubesteward.planning.rightsizing.RightsizingInputs;
import io.kubesteward.policy.EffectivePolicy;
import io.kubesteward.rightsizing.Prices;
import io.kubesteward.rightsizing.RightsizingSettings;
import io.kubesteward.versioning.VersionSchemes;
import io.kubesteward.yamledit.EditResult;
import io.kubesteward.yamledit.ProposalEditor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The plan pipeline with a cluster, the standard extractors and editor, no version sources (their lookups fail, as offline). */
final class RightsizingRuns {
    static final Path EXAMPLES = Path.of("..", "examples");
    static final RightsizingInputs DEFAULTS = new RightsizingInputs(RightsizingSettings.defaults(), List.of(),
            Prices.of("USD", "0.031611", "0.004237"));

    private RightsizingRuns() {
    }

    static PlanPipeline.Result run(List<SourceFile> files, ClusterInventory cluster, RightsizingInputs inputs) {
        ProposalEditor editor = ProposalEditor.standard();
        RightsizingEdits edits = (all, proposal) -> {
            EditResult result = editor.edit(all, proposal);
            return result instanceof EditResult.Applied applied ? new ProposalEdits.Edited(applied.changedFiles(), applied.notes(), null).withMoved(applied.moved())
                    : ProposalEdits.Edited.failed(((EditResult.Failed) result).reason());
        };
        PlanRequest request = new PlanRequest(files, List.of(), all -> {
            ScanResult scan = editor.scan(all);
            return new Extracted(scan.declarations(), scan.problems(), scan.resources());
        }, Map.of(), Map.of(), new Planner(VersionSchemes::forDeclaration, d -> EffectivePolicy.permissive(), Instant.EPOCH),
                (all, proposal) -> ProposalEdits.Edited.failed("versions are not edited here"), cluster,
                new RightsizingRequest(inputs, edits, Instant.EPOCH));
        return new PlanPipeline(step -> { }).run(request);
    }

    static ClusterInventory demoCluster() {
        try {
            return new SnapshotReader().read(EXAMPLES.resolve("cluster-snapshot"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<SourceFile> demoRepository() {
        Path root = EXAMPLES.resolve("gitops-repo");
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).sorted()
                    .map(p -> new SourceFile(root.relativize(p).toString().replace('\\', '/'), read(p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String content(List<SourceFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
