package io.kubesteward.acceptance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renovate's findings on one corpus ({@code reference/renovate-44.121.2/<corpus>/deps-extended.tsv}):
 * one row per (dependency, proposed update); a dependency without an update has one row with an
 * empty {@code newValue}.
 */
record RenovateReference(List<Row> rows) {
    private static final List<String> COLUMNS = List.of("file", "manager", "depName", "currentValue", "newValue", "datasource",
            "packageName", "registryUrls", "updateType", "status", "skipReason", "warning");

    /** One row, as Renovate wrote it; empty strings where Renovate wrote nothing. */
    record Row(String file, String manager, String depName, String currentValue, String newValue, String datasource,
               String status, String skipReason) {
    }

    /**
     * One dependency: the rows of the same file, name and current value taken together, with every
     * {@code newValue} they propose (Renovate writes a minor and a separate major as two rows, a
     * value once per manager that reads it, and a value reached through YAML aliases once per alias).
     */
    record Dependency(String file, Set<String> managers, String depName, String currentValue, String datasource, String status,
                      String skipReason, Set<String> newValues) {
        /** Renovate could not read a value here (a substitution, a Go template, no tag): it compares nothing. */
        boolean currentUnread() {
            return currentValue.isEmpty();
        }

        @Override
        public String toString() {
            return file + " [" + String.join("+", managers) + "/" + datasource + "] " + (depName.isEmpty() ? "(no name)" : depName) + " "
                    + (currentValue.isEmpty() ? "(no value)" : currentValue) + " " + status
                    + (skipReason.isEmpty() ? "" : " " + skipReason);
        }
    }

    static RenovateReference load(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(COLUMNS)) {
            throw new IllegalStateException(tsv + " does not start with the expected header " + COLUMNS);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5], c[9], c[10]));
        }
        return new RenovateReference(List.copyOf(rows));
    }

    /** The dependencies whose datasource is in {@code datasources}, in file order. */
    List<Dependency> dependencies(Set<String> datasources) {
        Map<List<String>, List<Row>> grouped = new LinkedHashMap<>();
        for (Row row : rows) {
            if (datasources.contains(row.datasource())) {
                grouped.computeIfAbsent(List.of(row.file(), row.depName(), row.currentValue()), k -> new ArrayList<>())
                        .add(row);
            }
        }
        List<Dependency> dependencies = new ArrayList<>();
        grouped.forEach((key, same) -> {
            Set<String> newValues = new TreeSet<>();
            same.stream().map(Row::newValue).filter(v -> !v.isEmpty()).forEach(newValues::add);
            Set<String> managers = new TreeSet<>();
            same.forEach(row -> managers.add(row.manager()));
            Row first = same.get(0);
            dependencies.add(new Dependency(first.file(), managers, first.depName(), first.currentValue(), first.datasource(),
                    first.status(), first.skipReason(), newValues));
        });
        return dependencies;
    }
}
