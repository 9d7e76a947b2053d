package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/fault-catalogue.md} and the {@link CatalogueEntry} annotations say the same: every
 * entry has one row and at least one test, each test a row names is annotated with that entry, and
 * each annotated test is named in its entry's row.
 */
class CatalogueTableTest {
    private static final int ENTRIES = 70;
    private static final Path TABLE = Path.of("..", "docs", "fault-catalogue.md");
    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\|.*\\| ([^|]*) \\|$");
    private static final Pattern TEST = Pattern.compile("`([a-z][\\w.]*\\.[A-Z]\\w*#\\w+)`");
    private static final Pattern SCRIPT = Pattern.compile("`((?:docker|\\.ci)/[\\w.-]+)`");

    private static Map<Integer, String> rows;
    private static Map<Integer, Set<String>> annotated;

    @BeforeAll
    static void read() throws IOException {
        rows = new TreeMap<>();
        for (String line : Files.readAllLines(TABLE)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                String previous = rows.put(Integer.parseInt(row.group(1)), row.group(2));
                assertEquals(null, previous, "entry " + row.group(1) + " has two rows");
            }
        }
        annotated = new TreeMap<>();
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("io.kubesteward");
        tests.forEach(c -> c.getMethods().stream().filter(m -> m.isAnnotatedWith(CatalogueEntry.class))
                .forEach(m -> entries(m).forEach(e -> annotated.computeIfAbsent(e, k -> new TreeSet<>()).add(reference(m)))));
    }

    private static List<Integer> entries(JavaMethod method) {
        return IntStream.of(method.getAnnotationOfType(CatalogueEntry.class).value()).boxed().toList();
    }

    /** {@code faults.HostileChartRepositoryTest#method}: the package after io.kubesteward, the class, the method. */
    private static String reference(JavaMethod method) {
        return method.getOwner().getName().substring("io.kubesteward.".length()) + "#" + method.getName();
    }

    private static Set<String> named(String cell, Pattern pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = pattern.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void every_entry_has_one_row_in_order() {
        assertEquals(IntStream.rangeClosed(1, ENTRIES).boxed().toList(), new ArrayList<>(rows.keySet()));
    }

    @Test
    void every_entry_has_a_test_and_every_annotation_names_an_entry() {
        for (int entry = 1; entry <= ENTRIES; entry++) {
            String cell = rows.getOrDefault(entry, "");
            assertTrue(!named(cell, TEST).isEmpty() || !named(cell, SCRIPT).isEmpty(), "entry " + entry + " names no test");
        }
        assertTrue(annotated.keySet().stream().allMatch(e -> e >= 1 && e <= ENTRIES), "annotated entries: " + annotated.keySet());
    }

    @Test
    void the_table_names_exactly_the_annotated_tests_of_each_entry() {
        List<String> differences = new ArrayList<>();
        for (int entry = 1; entry <= ENTRIES; entry++) {
            Set<String> inTable = named(rows.getOrDefault(entry, ""), TEST);
            Set<String> inCode = annotated.getOrDefault(entry, Set.of());
            for (String t : inTable) {
                if (!inCode.contains(t)) {
                    differences.add("entry " + entry + ": the table names " + t + ", which is not annotated @CatalogueEntry(" + entry + ")");
                }
            }
            for (String t : inCode) {
                if (!inTable.contains(t)) {
                    differences.add("entry " + entry + ": " + t + " is annotated but not in the table's row");
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void scripts_the_table_names_exist_and_ci_runs_them() throws IOException {
        String ci = Files.readString(Path.of("..", ".ci", "run"));
        for (String cell : rows.values()) {
            for (String script : named(cell, SCRIPT)) {
                assertTrue(Files.isRegularFile(Path.of("..", script)), script + " does not exist");
                assertTrue(ci.contains(script), ".ci/run does not run " + script);
            }
        }
    }
}
