package io.kubesteward.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Steward command line in a JVM of its own, so that a test can send it real signals
 * ({@code kill -TERM}, {@code kill -9}) the way a node does to a Job's pod.
 */
final class StewardProcess implements AutoCloseable {
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private StewardProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code steward args…}; its temporary files go under {@code dir}, its output into files there. */
    static StewardProcess start(Path dir, String... args) throws IOException {
        return start(dir, Map.of(), args);
    }

    /** Starts {@code steward args…} with these environment variables added to the test's. */
    static StewardProcess start(Path dir, Map<String, String> env, String... args) throws IOException {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path stdout = Files.createTempFile(dir, "stdout-", ".txt");
        Path stderr = Files.createTempFile(dir, "stderr-", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + tmp,
                "-Dslf4j.provider=io.kubesteward.observability.StewardLogProvider", "-Dslf4j.internal.verbosity=WARN",
                "io.kubesteward.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        // the machine's own proxies must not decide a test: only what the test names
        builder.environment().keySet().removeIf(k -> k.equalsIgnoreCase("http_proxy") || k.equalsIgnoreCase("https_proxy")
                || k.equalsIgnoreCase("no_proxy") || k.equalsIgnoreCase("all_proxy"));
        builder.environment().putAll(env);
        Process process = builder.start();
        return new StewardProcess(process, stdout, stderr);
    }

    /** Sends a signal by name ({@code TERM}, {@code KILL}) as the kubelet would. */
    void signal(String name) throws IOException, InterruptedException {
        int sent = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).start().waitFor();
        if (sent != 0) {
            throw new IllegalStateException("kill -" + name + " failed with " + sent);
        }
    }

    /** Waits for the process to end and returns its exit code. */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("steward did not end within 60 s; stderr:\n" + err());
        }
        return process.exitValue();
    }

    String out() {
        return read(stdout);
    }

    String err() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
