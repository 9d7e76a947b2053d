package io.kubesteward.yamledit;

import io.kubesteward.declarations.DeclarationScanner;
import io.kubesteward.declarations.ExtractorRegistry;
import io.kubesteward.declarations.registry.StandardExtractors;
import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.ScanResult;
import io.kubesteward.model.SourceFile;
import io.kubesteward.planning.Proposal;
import io.kubesteward.planning.Update;
import io.kubesteward.planning.rightsizing.RightsizingProposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a proposal into the repository's files as span replacements: exactly the text of each
 * value (and digest) is replaced, several edits per file in one pass, a value shared by several
 * declarations once; everything else stays byte for byte. The edited files are then scanned again
 * and every declaration must read what the edit meant, or the whole proposal fails with a reason.
 * Pure: files in, files out.
 */
public final class ProposalEditor {
    private final DeclarationScanner scanner;
    private final ChartBump chartBump;
    private final ResourceEdits resources;

    public ProposalEditor(DeclarationScanner scanner, ChartBump chartBump) {
        this.scanner = scanner;
        this.chartBump = chartBump;
        this.resources = new ResourceEdits(scanner);
    }

    /** The standard extractors, charts bumped by a patch. */
    public static ProposalEditor standard() {
        return remembering(StandardExtractors.registry(), ChartBump.patch());
    }

    /**
     * An editor whose scanner keeps each file's extraction, for editing many proposals of one
     * repository: each confirmation then parses only the files the proposal changed.
     */
    public static ProposalEditor remembering(ExtractorRegistry registry, ChartBump chartBump) {
        return new ProposalEditor(new DeclarationScanner(RememberingExtractor.remembering(registry)), chartBump);
    }

    /**
     * The scan of {@code files} by this editor's extractors. The plan's own scan made here lets a
     * remembering editor confirm its first proposal without extracting every file a second time.
     */
    public ScanResult scan(List<SourceFile> files) {
        return scanner.scan(files);
    }

    /** {@code files} is the whole repository (extractors link across files); the result holds only changed files. */
    public EditResult edit(List<SourceFile> files, Proposal proposal) {
        return edit(files, proposal.updates());
    }

    public EditResult edit(List<SourceFile> files, List<Update> updates) {
        return edit(files, scanner.scan(files), updates);
    }

    /**
     * As {@link #edit(List, List)}, with {@code before}, the scan of {@code files} by the same
     * extractors, given to save scanning it again. Declarations in it may carry a package resolved
     * later (aliases); they are matched by file, kind, name and position.
     */
    public EditResult edit(List<SourceFile> files, ScanResult before, List<Update> updates) {
        try {
            return apply(files, before, updates);
        } catch (EditRejected e) {
            return new EditResult.Failed(e.getMessage());
        }
    }

    /**
     * A rightsizing proposal written into {@code files} (the whole repository) and confirmed by
     * re-extraction, as {@link ResourceEdits} describes.
     */
    public EditResult edit(List<SourceFile> files, RightsizingProposal proposal) {
        return resources.edit(files, proposal);
    }

    private EditResult apply(List<SourceFile> files, ScanResult before, List<Update> updates) {
        Map<String, SourceFile> byPath = new LinkedHashMap<>();
        files.forEach(file -> byPath.put(file.path(), file));
        List<ValueEdit> valueEdits = UpdateEdits.plan(updates, byPath);
        ChartVersionBumper.Plan bumps = ChartVersionBumper.plan(chartBump, byPath, updates,
                valueEdits.stream().map(ValueEdit::path).distinct().toList());
        List<ValueEdit> all = new ArrayList<>(valueEdits);
        all.addAll(bumps.edits());
        all = UpdateEdits.merge(all);
        if (all.isEmpty()) {
            throw new EditRejected("nothing to change: every value already reads its new version");
        }
        List<String> notes = new ArrayList<>();
        Map<String, FileEdits> edited = render(all, byPath, notes);
        List<SourceFile> editedRepository = files.stream()
                .map(file -> edited.containsKey(file.path()) ? new SourceFile(file.path(), edited.get(file.path()).edited()) : file)
                .toList();
        Confirmation.confirm(updates, before, scanner.scan(editedRepository), edited, notes);
        ChartVersionBumper.confirm(bumps, edited);
        notes.addAll(bumps.notes());
        List<String> stale = new ArrayList<>();
        for (String lock : bumps.staleLocks()) {
            relock(lock, byPath, edited, updates, notes).ifPresent(why -> {
                stale.add(lock);
                notes.add(lock + " must be regenerated (helm dependency update): " + why);
            });
        }
        List<SourceFile> changed = edited.values().stream().map(file -> new SourceFile(file.path(), file.edited())).toList();
        return new EditResult.Applied(changed, bumps.bumped(), stale, notes);
    }

    /** Edits {@code lock} beside its edited chart file as Helm would; the reason when it cannot. */
    private static java.util.Optional<String> relock(String lock, Map<String, SourceFile> byPath, Map<String, FileEdits> edited,
                                                     List<Update> updates, List<String> notes) {
        String chartPath = lock.replaceFirst("(Chart|requirements)\\.lock$", lock.endsWith("requirements.lock") ? "requirements.yaml" : "Chart.yaml");
        String chartText = edited.containsKey(chartPath) ? edited.get(chartPath).edited()
                : byPath.containsKey(chartPath) ? byPath.get(chartPath).content() : null;
        if (chartText == null) {
            return java.util.Optional.of("there is no " + chartPath + " beside it");
        }
        java.time.Instant generated = updates.stream().filter(u -> u.declaration().file().equals(chartPath) && u.release() != null)
                .map(u -> u.release().created()).filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder()).orElse(null);
        ChartLocks.Plan plan = ChartLocks.plan(lock, byPath.get(lock).content(), chartPath, chartText, generated);
        if (plan.unwritable() != null) {
            return java.util.Optional.of(plan.unwritable());
        }
        edited.putAll(render(plan.edits(), byPath, notes));
        notes.add(lock + ": locked versions, digest and generation time updated as helm dependency update writes them");
        return java.util.Optional.empty();
    }

    private static Map<String, FileEdits> render(List<ValueEdit> edits, Map<String, SourceFile> files, List<String> notes) {
        Map<String, List<ValueEdit>> byFile = new TreeMap<>();
        edits.forEach(edit -> byFile.computeIfAbsent(edit.path(), path -> new ArrayList<>()).add(edit));
        Map<String, FileEdits> edited = new TreeMap<>();
        byFile.forEach((path, fileEdits) -> {
            String content = files.get(path).content();
            FileScalars scalars = RepoPaths.isYaml(path) ? FileScalars.read(path, content) : FileScalars.none();
            List<TextEdit> textEdits = fileEdits.stream().map(edit -> Quoting.render(edit, scalars, notes)).toList();
            edited.put(path, FileEdits.apply(path, content, textEdits));
        });
        return edited;
    }
}
