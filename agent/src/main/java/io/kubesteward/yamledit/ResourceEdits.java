package io.kubesteward.yamledit;

import io.kubesteward.declarations.DeclarationScanner;
import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.ScanResult;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.SourceFile;
import io.kubesteward.planning.Update;
import io.kubesteward.planning.rightsizing.NewVpa;
import io.kubesteward.planning.rightsizing.OverlayPatch;
import io.kubesteward.planning.rightsizing.RightsizingProposal;
import io.kubesteward.planning.rightsizing.ValueChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a rightsizing proposal with the same discipline as version updates: each value replaced in
 * its exact span (a quantity in the file's own style), a patch file added to an overlay with one
 * line inserted in its kustomization's {@code patches:}, a VPA file added (and listed in
 * {@code resources:} when a kustomization builds the folder), Helm values written where each release's values are
 * set (its values gathered again must read them, and nothing else changed); then the repository is scanned again
 * and every changed value must read its new text where it is declared for this cluster, everything
 * else in the edited files what it read before, and no file may read worse.
 */
final class ResourceEdits {
    /** The scan of the whole repository the last proposal was edited in: one run edits many proposals of one repository. */
    private record Scanned(List<SourceFile> files, Set<String> built) {
    }

    private final DeclarationScanner scanner;
    private volatile Scanned last;

    ResourceEdits(DeclarationScanner scanner) {
        this.scanner = scanner;
    }

    /** {@code files} is the whole repository; the result holds the changed and added files only. */
    EditResult edit(List<SourceFile> files, RightsizingProposal proposal) {
        try {
            return apply(files, proposal);
        } catch (EditRejected e) {
            return new EditResult.Failed(e.getMessage());
        }
    }

    private EditResult apply(List<SourceFile> all, RightsizingProposal proposal) {
        Map<String, SourceFile> byPath = new LinkedHashMap<>();
        all.forEach(file -> byPath.put(file.path(), file));
        List<SourceFile> files = ConfirmationScope.of(all, built(all), proposal);
        ScanResult before = scanner.scan(files).withResourcesAsDeclarations();
        List<String> notes = new ArrayList<>();
        List<Update> inPlace = proposal.values().stream().map(v -> new Update(v.declaration(), v.newText(), null, null)).toList();
        Map<String, List<TextEdit>> textEdits = new TreeMap<>();
        Map<String, FileScalars> scalarsByPath = new LinkedHashMap<>();
        for (ValueEdit edit : UpdateEdits.merge(UpdateEdits.plan(inPlace, byPath))) {
            FileScalars scalars = scalarsByPath.computeIfAbsent(edit.path(), p -> FileScalars.read(p, byPath.get(p).content()));
            textEdits.computeIfAbsent(edit.path(), p -> new ArrayList<>()).add(QuantityQuoting.render(edit, scalars, notes));
        }
        Map<String, String> added = new TreeMap<>();
        for (OverlayPatch patch : proposal.patches()) {
            add(added, byPath, patch.file(), NewFileTexts.patch(patch));
            String kustomization = kustomization(byPath, patch.overlay());
            String name = RepoPaths.fileName(patch.file());
            textEdits.computeIfAbsent(kustomization, p -> new ArrayList<>()).add(YamlListAppend.insertion(kustomization,
                    byPath.get(kustomization).content(), "patches", "path: " + name, "{path: " + name + "}"));
            notes.add("added " + patch.file() + " to the patches of " + kustomization + ": only a base other overlays share sets "
                    + patch.kind() + " " + patch.name() + "'s values, so this cluster's overlay overrides them");
        }
        for (NewVpa vpa : proposal.vpas()) {
            add(added, byPath, vpa.file(), NewFileTexts.vpa(vpa));
            if (vpa.kustomization() != null) {
                String kustomization = kustomization(byPath, vpa.kustomization());
                String name = relative(vpa.kustomization(), vpa.file());
                textEdits.computeIfAbsent(kustomization, p -> new ArrayList<>()).add(YamlListAppend.insertion(kustomization,
                        byPath.get(kustomization).content(), "resources", name, name));
            }
        }
        HelmValuesEdits.plan(proposal.helmValues(), byPath).forEach((path, edits) -> textEdits.computeIfAbsent(path, p -> new ArrayList<>())
                .addAll(edits));
        if (textEdits.isEmpty() && added.isEmpty()) {
            throw new EditRejected("nothing to change: every value already reads its proposed text");
        }
        Map<String, FileEdits> edited = new TreeMap<>();
        textEdits.forEach((path, edits) -> edited.put(path, FileEdits.apply(path, byPath.get(path).content(), edits)));
        List<SourceFile> after = new ArrayList<>();
        for (SourceFile file : files) {
            after.add(edited.containsKey(file.path()) ? new SourceFile(file.path(), edited.get(file.path()).edited()) : file);
        }
        added.forEach((path, text) -> after.add(new SourceFile(path, text)));
        ScanResult rescanned = scanner.scan(after).withResourcesAsDeclarations();
        Confirmation.confirm(inPlace, before, rescanned, edited, notes);
        confirmAdded(proposal, added, rescanned);
        if (!proposal.helmValues().isEmpty()) {
            Map<String, String> was = new LinkedHashMap<>();
            all.forEach(f -> was.put(f.path(), f.content()));
            Map<String, String> now = new LinkedHashMap<>(was);
            edited.values().forEach(f -> now.put(f.path(), f.edited()));
            HelmValuesEdits.confirm(proposal.helmValues(), was, now, edited);
            proposal.helmValues().stream().map(h -> h.release() + " " + h.key().dotted() + " → " + h.newText() + " ("
                    + h.key().target().block().shown() + (h.key().target().set() ? ")" : ", added)")).forEach(notes::add);
        }
        List<SourceFile> changed = new ArrayList<>();
        edited.values().forEach(f -> changed.add(new SourceFile(f.path(), f.edited())));
        added.forEach((path, text) -> changed.add(new SourceFile(path, text)));
        Map<io.kubesteward.model.Declaration, io.kubesteward.model.Declaration> moved = new LinkedHashMap<>();
        proposal.helmValues().forEach(h -> moved.put(h.declaration(), HelmValuesEdits.shifted(h.declaration(), edited.get(h.declaration().file()))));
        return new EditResult.Applied(changed, List.of(), List.of(), notes, moved);
    }

    /** The new files read cleanly, and each patched value is now declared in its patch file, for this cluster's build, with its new text. */
    private static void confirmAdded(RightsizingProposal proposal, Map<String, String> added, ScanResult after) {
        for (Map.Entry<String, String> file : added.entrySet()) {
            var problems = YamlReader.read(file.getKey(), file.getValue()).problems();
            if (!problems.isEmpty() || after.problems().stream().anyMatch(p -> p.file().equals(file.getKey()))) {
                throw new EditRejected("the new file " + file.getKey() + " does not read as YAML: " + problems);
            }
        }
        for (OverlayPatch patch : proposal.patches()) {
            for (ValueChange base : patch.previous().values()) {
                String name = base.declaration().name();
                Declaration found = after.declarations().stream()
                        .filter(d -> d.kind() == base.declaration().kind() && d.name().equals(name)).findFirst().orElse(null);
                if (found == null || !found.file().equals(patch.file()) || !base.newText().equals(found.currentValue())) {
                    throw new EditRejected("after adding " + patch.file() + ", " + name + " does not read " + base.newText()
                            + " from it but " + (found == null ? "nothing" : found.currentValue() + " from " + found.file())
                            + "; is the overlay built by another kustomization too?");
                }
            }
        }
    }

    private Set<String> built(List<SourceFile> files) {
        Scanned known = last;
        if (known != null && known.files() == files) {
            return known.built();
        }
        Set<String> built = ConfirmationScope.built(scanner.scan(files));
        last = new Scanned(files, built);
        return built;
    }

    private static void add(Map<String, String> added, Map<String, SourceFile> files, String path, String text) {
        if (files.containsKey(path) || added.containsKey(path)) {
            throw new EditRejected(path + " already exists; Steward adds new files only and leaves this one alone");
        }
        added.put(path, text);
    }

    private static String kustomization(Map<String, SourceFile> files, String folder) {
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            String path = folder.isEmpty() ? name : folder + "/" + name;
            if (files.containsKey(path)) {
                return path;
            }
        }
        throw new EditRejected("no kustomization file in " + (folder.isEmpty() ? "the repository root" : folder) + " to list the new file in");
    }

    private static String relative(String folder, String path) {
        return folder.isEmpty() ? path : path.substring(folder.length() + 1);
    }
}
