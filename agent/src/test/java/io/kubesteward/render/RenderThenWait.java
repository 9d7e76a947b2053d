package io.kubesteward.render;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A process that renders once, says so, and waits: SIGTERM must still end it (Helm's Go code takes the signal otherwise). */
public final class RenderThenWait {
    private RenderThenWait() {
    }

    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
        ChartArchive chart = new ChartArchive("demo", Map.of("Chart.yaml", "apiVersion: v2\nname: demo\nversion: 1.0.0\n"
                .getBytes(StandardCharsets.UTF_8), "templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n"
                .getBytes(StandardCharsets.UTF_8)), List.of());
        try (ChartRenderer renderer = new ChartRenderer(HelmLibrary.shared(java.time.Clock.systemUTC()), null, Duration.ofSeconds(60))) {
            renderer.render(chart, new RenderRequest("demo", null, "1.30.0", Map.of()));
        }
        System.out.println("rendered");
        System.out.flush();
        Thread.sleep(60_000);
        System.out.println("slept");
    }
}
