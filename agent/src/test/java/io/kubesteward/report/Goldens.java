package io.kubesteward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file under src/test/resources/report/golden; with
 * {@code -Dsteward.updateGoldens=true} writes the file instead (then read the diff before committing).
 */
final class Goldens {
    static final Path DIR = Path.of("src/test/resources/report/golden");

    private Goldens() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("steward.updateGoldens")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), () -> file.toAbsolutePath() + " is missing; run the tests with -Dsteward.updateGoldens=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                () -> "output differs from " + name + "; if the change is intended, run with -Dsteward.updateGoldens=true");
    }
}
