package io.kubesteward.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The value sets under {@code src/test/resources/chart/<folder>}, one case per file. */
final class ChartResources {
    private ChartResources() {
    }

    static List<Path> files(String folder) {
        try (Stream<Path> files = Files.list(StewardChart.resource(folder))) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("no value sets in " + folder);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
