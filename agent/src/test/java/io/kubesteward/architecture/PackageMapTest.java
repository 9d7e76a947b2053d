package io.kubesteward.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/packages.md names every package that holds main code, and no other. */
class PackageMapTest {
    private static final Path MAIN = Path.of("src/main/java/io/kubesteward");

    @Test
    void theMapNamesExactlyThePackagesThatExist() throws IOException {
        Set<String> existing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java") && !f.getParent().equals(MAIN))
                    .forEach(f -> existing.add(MAIN.relativize(f.getParent()).toString().replace('/', '.')));
        }
        Set<String> mapped = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9.]+)` \\|").matcher(Files.readString(Path.of("../docs/packages.md")));
        while (row.find()) {
            mapped.add(row.group(1));
        }
        assertEquals(existing, mapped, "docs/packages.md and the packages under " + MAIN);
    }
}
