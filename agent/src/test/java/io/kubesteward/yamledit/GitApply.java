package io.kubesteward.yamledit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Applies a patch with the real {@code git apply} in a fresh repository holding the original files. */
final class GitApply {
    private GitApply() {
    }

    /** Checks and applies {@code patch}; then every file of {@code expected} must hold exactly its content. */
    static void assertApplies(Path dir, List<SourceFile> original, String patch, List<SourceFile> expected) throws Exception {
        for (SourceFile file : original) {
            write(dir.resolve(file.path()), file.content());
        }
        git(dir, "init", "-q");
        Path patchFile = Files.createTempFile(dir.getParent(), "proposal", ".patch");
        Files.write(patchFile, patch.getBytes(StandardCharsets.UTF_8));
        git(dir, "apply", "--check", patchFile.toString());
        git(dir, "apply", patchFile.toString());
        for (SourceFile file : expected) {
            String actual = new String(Files.readAllBytes(dir.resolve(file.path())), StandardCharsets.UTF_8);
            assertEquals(file.content(), actual, "after git apply: " + file.path());
        }
    }

    /** Checks and applies a binary {@code patch} over a repository holding {@code original} (bytes by path). */
    static void assertAppliesBinary(Path dir, java.util.Map<String, byte[]> original, String patch) throws Exception {
        for (var file : original.entrySet()) {
            Files.createDirectories(dir.resolve(file.getKey()).getParent());
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        git(dir, "init", "-q");
        Path patchFile = Files.createTempFile(dir.getParent(), "proposal", ".patch");
        Files.write(patchFile, patch.getBytes(StandardCharsets.UTF_8));
        git(dir, "apply", "--check", patchFile.toString());
        git(dir, "apply", patchFile.toString());
    }

    private static void write(Path path, String content) throws IOException {
        Files.createDirectories(path.getParent());
        Files.write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.autocrlf=false", "-c", "core.safecrlf=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("git " + String.join(" ", args) + " did not finish");
        }
        assertEquals(0, process.exitValue(), () -> "git " + String.join(" ", args) + " failed:\n" + output);
    }
}
