package io.kubesteward.yamledit;

import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.SourceFile;
import io.kubesteward.planning.Update;
import io.kubesteward.versioning.SemanticVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Raises the own {@code version:} of every chart a proposal changes, once per proposal: a chart
 * changes when one of its dependencies moves or any file below its folder is edited (the nearest
 * {@code Chart.yaml} above the file owns it). Also says which lock files are now stale.
 */
final class ChartVersionBumper {
    private static final String CHART_FILE = "Chart.yaml";

    /** The version edits to add, the charts they bump, and notes and stale lock files for people. */
    record Plan(List<ValueEdit> edits, List<BumpedChart> bumped, List<String> notes, List<String> staleLocks) {
    }

    private ChartVersionBumper() {
    }

    static Plan plan(ChartBump settings, Map<String, SourceFile> files, List<Update> updates, Collection<String> changedPaths) {
        List<String> notes = new ArrayList<>();
        List<String> locks = staleLocks(files, updates, changedPaths);
        List<ValueEdit> edits = new ArrayList<>();
        List<BumpedChart> bumped = new ArrayList<>();
        if (settings.enabled()) {
            Set<String> charts = new TreeSet<>();
            changedPaths.stream().map(path -> chartFileFor(path, files)).flatMap(Optional::stream).forEach(charts::add);
            for (String chartFile : charts) {
                bump(files.get(chartFile), settings.level(), edits, bumped, notes);
            }
        }
        return new Plan(edits, bumped, notes, locks);
    }

    /** Every bumped chart's Chart.yaml, once edited, reads the new version at its root. */
    static void confirm(Plan plan, Map<String, FileEdits> edited) {
        for (BumpedChart chart : plan.bumped()) {
            YamlScalar version = rootVersion(YamlReader.read(chart.chartFile(), edited.get(chart.chartFile()).edited()));
            if (version == null || !chart.to().equals(version.value())) {
                throw new EditRejected("after the edit, " + chart.chartFile() + " does not read version " + chart.to()
                        + " (it reads " + (version == null ? "no version" : version.value()) + ")");
            }
        }
    }

    static Optional<String> chartFileFor(String path, Map<String, SourceFile> files) {
        for (String folder = RepoPaths.folder(path); folder != null; folder = RepoPaths.parent(folder)) {
            String candidate = folder.isEmpty() ? CHART_FILE : folder + "/" + CHART_FILE;
            if (files.containsKey(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static String bumped(SemanticVersion version, ChartBump.Level level) {
        long major = version.major();
        long minor = version.minor();
        long patch = version.patch();
        switch (level) {
            case MAJOR -> {
                major++;
                minor = 0;
                patch = 0;
            }
            case MINOR -> {
                minor++;
                patch = 0;
            }
            case PATCH -> patch++;
        }
        return (version.hasVPrefix() ? "v" : "") + Long.toUnsignedString(major) + "." + Long.toUnsignedString(minor)
                + "." + Long.toUnsignedString(patch);
    }

    private static List<String> staleLocks(Map<String, SourceFile> files, List<Update> updates, Collection<String> changedPaths) {
        Set<String> locks = new LinkedHashSet<>();
        for (Update update : updates) {
            Declaration d = update.declaration();
            if (d.kind() != DeclarationKind.CHART_DEPENDENCY || !changedPaths.contains(d.file())) {
                continue;
            }
            String lockName = RepoPaths.fileName(d.file()).equals("requirements.yaml") ? "requirements.lock" : "Chart.lock";
            String folder = RepoPaths.folder(d.file());
            String lock = folder.isEmpty() ? lockName : folder + "/" + lockName;
            if (files.containsKey(lock)) {
                locks.add(lock);
            }
        }
        return new ArrayList<>(locks);
    }

    private static void bump(SourceFile chart, ChartBump.Level level, List<ValueEdit> edits, List<BumpedChart> bumped, List<String> notes) {
        YamlFile yaml = YamlReader.read(chart.path(), chart.content());
        YamlScalar version = rootVersion(yaml);
        if (version == null || version.span() == null) {
            notes.add(chart.path() + ": the chart's own version was not raised: it has " + (version == null
                    ? "no version" : "a version written in a form that cannot be edited in place") + "; raise it by hand");
            return;
        }
        Optional<SemanticVersion> current = SemanticVersion.tryParse(version.value().trim());
        if (current.isEmpty() || current.get().isPreRelease()) {
            notes.add(chart.path() + ": the chart's own version '" + version.value() + "' was not raised: it is not a"
                    + " MAJOR.MINOR.PATCH release version; raise it by hand");
            return;
        }
        String next = bumped(current.get(), level);
        String name = Nodes.text(yaml.documents().get(0).root(), "name");
        String chartName = name == null ? RepoPaths.folder(chart.path()) : name;
        edits.add(new ValueEdit(chart.path(), version.span(), next, "the version of chart " + chartName + " in " + chart.path()));
        bumped.add(new BumpedChart(chart.path(), chartName, version.value(), next));
    }

    private static YamlScalar rootVersion(YamlFile yaml) {
        if (yaml.documents().isEmpty()) {
            return null;
        }
        YamlDocument document = yaml.documents().get(0);
        return document.scalar(document.root(), "version");
    }
}
