package io.kubesteward.yamledit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.declarations.DeclarationScanner;
import io.kubesteward.declarations.ExtractorRegistry;
import io.kubesteward.declarations.ScanResult;
import io.kubesteward.declarations.flux.FluxExtractor;
import io.kubesteward.declarations.helm.HelmChartExtractor;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceFile;
import io.kubesteward.model.UpdateType;
import io.kubesteward.planning.Update;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A fixture folder {@code yamledit/<scenario>/} loaded byte-exact as a repository, scanned with the real extractors. */
record EditFixtures(List<SourceFile> files, ScanResult scan) {

    /** The standard extractors plus a small image extractor, until the real one is registered. */
    static final DeclarationScanner SCANNER = new DeclarationScanner(new ExtractorRegistry(List.of(
            new HelmChartExtractor(), new FluxExtractor(), new TestImageExtractor())));

    static EditFixtures load(String scenario) {
        List<SourceFile> files = read(scenario);
        return new EditFixtures(files, SCANNER.scan(files));
    }

    static ProposalEditor editor() {
        return new ProposalEditor(SCANNER, ChartBump.patch());
    }

    Declaration only(String file, String name) {
        List<Declaration> found = scan.declarations().stream()
                .filter(d -> d.file().equals(file) && d.name().equals(name)).toList();
        assertEquals(1, found.size(), () -> "declarations of " + name + " in " + file + ": " + scan.declarations());
        return found.get(0);
    }

    Update update(String file, String name, String newValue) {
        return new Update(only(file, name), newValue, UpdateType.PATCH, Release.of(newValue));
    }

    String content(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    }

    private static List<SourceFile> read(String scenario) {
        Path root = folder(scenario);
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .sorted()
                    .map(path -> new SourceFile(root.relativize(path).toString().replace('\\', '/'), text(path)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(String scenario) {
        URL url = EditFixtures.class.getClassLoader().getResource("yamledit/" + scenario);
        if (url == null) {
            throw new IllegalArgumentException("no fixture folder yamledit/" + scenario);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Path path) {
        return io.kubesteward.declarations.RepoFixtures.read(path);
    }
}
