package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --out DIR} killed mid-run leaves DIR as the last finished run wrote it: no file half-written. */
class KilledPlanOutputTest {
    @CatalogueEntry(65)
    @Test
    void a_plan_killed_before_it_writes_leaves_the_last_output_whole(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("proposals");
        try (HostileServer charts = HostileServer.start()
                .on("/calm/index.yaml", HostileServer.ok(GitopsRepo.index("calm")))
                .on("/wild/index.yaml", HostileServer.ok(GitopsRepo.index("wild")))
                .on("/stuck/index.yaml", HostileServer.drip(Duration.ofMillis(200)))) {
            String[] first = new GitopsRepo(dir).chart("calm", charts.url("/calm")).chart("wild", charts.url("/wild")).plan();
            new StewardCli().withSecret(GitopsRepo.TOKEN).run(withOut(first, out)).exits(0);
            Map<String, String> written = files(out);
            assertEquals(6, written.size(), "a patch and a body per proposal, the report page and the manifest: " + written.keySet());

            String[] second = new GitopsRepo(dir).chart("calm", charts.url("/calm")).chart("wild", charts.url("/stuck")).plan();
            try (StewardProcess killed = StewardProcess.start(dir, withOut(second, out))) {
                awaitRequest(charts, "/stuck/index.yaml", killed);
                killed.signal("KILL");
                assertEquals(137, killed.exitCode());
            }
            assertEquals(written, files(out), "every file as the finished run wrote it; no temporary file left");
        }
    }

    private static String[] withOut(String[] plan, Path out) {
        return Stream.concat(Stream.of(plan), Stream.of("--out", out.toString())).toArray(String[]::new);
    }

    private static void awaitRequest(HostileServer server, String path, StewardProcess process) throws InterruptedException {
        for (int i = 0; i < 600 && !server.paths().contains(path); i++) {
            Thread.sleep(50);
        }
        assertTrue(server.paths().contains(path), () -> "the plan never asked for " + path + "; stderr:\n" + process.err());
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : all.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        assertFalse(files.keySet().stream().anyMatch(n -> n.endsWith(".tmp")), files.keySet().toString());
        return files;
    }
}
