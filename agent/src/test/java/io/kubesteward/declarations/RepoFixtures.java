package io.kubesteward.declarations;

import io.kubesteward.model.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Loads a fixture folder {@code declarations/<scenario>/} as a mini repository, byte-exact (BOM and CRLF kept). */
public final class RepoFixtures {
    private RepoFixtures() {
    }

    public static List<SourceFile> load(String scenario) {
        Path root = folder(scenario);
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .sorted()
                    .map(path -> new SourceFile(root.relativize(path).toString().replace('\\', '/'), read(path)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every scenario folder, for checks that must hold everywhere. */
    public static List<String> scenarios() {
        try (Stream<Path> paths = Files.list(folder(""))) {
            return paths.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(String scenario) {
        URL url = RepoFixtures.class.getClassLoader().getResource("declarations/" + scenario);
        if (url == null) {
            throw new IllegalArgumentException("no fixture folder declarations/" + scenario);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file's text exactly as Git holds it: strict UTF-8, BOM kept. Shared with other fixture loaders. */
    public static String read(Path path) {
        try {
            // strict UTF-8, and no BOM stripping: the scanner must see what Git holds
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(path + " is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
