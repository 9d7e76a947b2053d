package io.kubesteward.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * stdout for the report only, stderr for everything else; progress only when stderr is a terminal.
 * {@code columns} is how wide the table may be: ≤ 0 when unknown (the report goes to a file or a pipe).
 */
public record Terminal(PrintWriter out, PrintWriter err, boolean progress, int columns) {
    public Terminal(PrintWriter out, PrintWriter err, boolean progress) {
        this(out, err, progress, 0);
    }

    public Terminal() {
        this(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                isTerminal(2), columns(System.getenv(), isTerminal(1)));
    }

    /** {@code COLUMNS} when set (scripts and CI choose a width that way); else the terminal's own width when stdout is one. */
    static int columns(Map<String, String> env, boolean stdoutIsTerminal) {
        String set = env.get("COLUMNS");
        if (set != null && set.strip().matches("[0-9]{1,5}")) {
            return Integer.parseInt(set.strip());
        }
        return stdoutIsTerminal ? sttyColumns() : 0;
    }

    private static int sttyColumns() {
        try {
            Process stty = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
            if (!stty.waitFor(1, TimeUnit.SECONDS)) {
                stty.destroyForcibly();
                return 0;
            }
            String[] size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
            return stty.exitValue() == 0 && size.length == 2 && size[1].matches("[0-9]{1,5}") ? Integer.parseInt(size[1]) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
