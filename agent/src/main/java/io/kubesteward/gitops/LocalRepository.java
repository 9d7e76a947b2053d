package io.kubesteward.gitops;

import io.kubesteward.model.Problem;
import io.kubesteward.model.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** A working tree on disk, read-only: the YAML files Steward's extractors may care about. */
public final class LocalRepository {
    private static final long MAX_FILE_BYTES = 4L << 20;
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", ".terraform", "vendor");

    private final Path root;

    public LocalRepository(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The repository's YAML files, sorted by path; unreadable files become problems. */
    public Contents read() throws RepositoryUnreadable {
        if (!Files.isDirectory(root)) {
            throw new RepositoryUnreadable(root + " is not a directory; pass the root of a checked-out GitOps repository with --repo");
        }
        List<SourceFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> archives = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && SKIPPED_DIRS.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && isRead(name)) {
                        readOne(file, attrs.size(), files, problems);
                    } else if (attrs.isRegularFile() && name.endsWith(".tgz") && file.getParent().getFileName().toString().equals("charts")) {
                        archives.add(relative(file)); // a vendored dependency: replaced, never read, by an upgrade
                    } else if (attrs.isSymbolicLink() && isRead(name)) {
                        // a link may point anywhere, outside the clone too: never read or edited through
                        problems.add(new Problem(relative(file), 0, 0, "skipped: a symbolic link; Steward reads and edits only regular files"));
                    } else if (attrs.isSymbolicLink() && Files.isDirectory(file)) {
                        problems.add(new Problem(relative(file), 0, 0,
                                "skipped: a symbolic link to a folder; Steward does not follow links, so nothing under it is scanned"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new Problem(relative(file), 0, 0, "cannot be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new RepositoryUnreadable("cannot walk " + root + ": " + e.getMessage());
        }
        files.sort(Comparator.comparing(SourceFile::path));
        archives.sort(null);
        return new Contents(files, problems, archives);
    }

    /**
     * YAML, Go-templated YAML (helmfile's {@code .gotmpl}), kustomize's extension-less {@code Kustomization}, and Helm's
     * lock files (YAML too, rewritten with the Chart.yaml beside them).
     */
    static boolean isRead(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".gotmpl") || name.equals("Kustomization")
                || name.equals("Chart.lock") || name.equals("requirements.lock");
    }

    /**
     * What was read, and what could not be.
     *
     * @param archives the paths of the chart archives vendored in {@code charts/} folders (listed, not read)
     */
    public record Contents(List<SourceFile> files, List<Problem> problems, List<String> archives) {
        public Contents {
            archives = List.copyOf(archives);
        }

        public Contents(List<SourceFile> files, List<Problem> problems) {
            this(files, problems, List.of());
        }
    }

    /**
     * The bytes of a vendored archive {@link #read()} listed: a regular file (never through a link) of at most
     * {@code maxBytes}; empty when it is not there.
     *
     * @throws IOException it cannot be read, or is larger than {@code maxBytes}
     */
    public java.util.Optional<byte[]> archive(String path, long maxBytes) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return java.util.Optional.empty();
        }
        if (Files.size(file) > maxBytes) {
            throw new IOException(path + " is larger than " + maxBytes + " bytes");
        }
        return java.util.Optional.of(Files.readAllBytes(file));
    }

    private void readOne(Path file, long size, List<SourceFile> files, List<Problem> problems) {
        String path = relative(file);
        if (size > MAX_FILE_BYTES) {
            problems.add(new Problem(path, 0, 0, "skipped: larger than 4 MiB, which no hand-written manifest is"));
            return;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            files.add(new SourceFile(path, text));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(path, 0, 0, "skipped: not UTF-8 text"));
        } catch (IOException e) {
            problems.add(new Problem(path, 0, 0, "cannot be read: " + e.getMessage()));
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
