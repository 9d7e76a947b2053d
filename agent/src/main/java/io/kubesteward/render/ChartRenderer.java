package io.kubesteward.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Renders a chart archive as {@code helm template} does, in process: the archive's files written to a private
 * temporary folder (only what the hardened reader accepted), the values as one values file, and Helm's engine
 * called with the release name, namespace and Kubernetes version always given. {@code values.schema.json} files are
 * left out, its bundled dependencies' too (their archives are unpacked first, {@link NestedCharts}): Helm's validator
 * fetches the {@code $ref}s in them (any URL, any file), and Steward validates the values against them itself without
 * following any. Concurrent renders are safe for what Steward reads: helm-java swaps Go's global stdout and stderr
 * around each call, which only mixes the captured console text, never the manifest or the error it returns. The
 * output is the manifest Helm would apply (without hooks and without {@code crds/}, which helm-java leaves out). A render that takes longer than
 * the timeout is abandoned and reported, so a hostile template cannot stall a run.
 */
public final class ChartRenderer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HelmLibrary helm;
    private final Path work;
    private final Duration timeout;
    /** Abandoned renders keep a thread and a core busy; past this many, the rest of the run renders nothing. */
    static final int ABANDONED_LIMIT = 3;

    private final java.util.concurrent.atomic.AtomicInteger abandoned = new java.util.concurrent.atomic.AtomicInteger();
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "steward-helm");
        t.setDaemon(true);
        return t;
    });

    /** @param work where temporary chart folders go (the JVM's temporary folder when null) */
    public ChartRenderer(HelmLibrary helm, Path work, Duration timeout) {
        this.helm = helm;
        this.work = work != null ? work : Path.of(System.getProperty("java.io.tmpdir"));
        this.timeout = timeout;
    }

    /** The rendered manifest (YAML documents with Helm's {@code # Source:} comments). */
    public String render(ChartArchive archive, RenderRequest request) throws RenderFailed, IOException {
        try {
            return renderExpanded(archive, request);
        } catch (ArchiveRefused e) {
            throw RenderFailed.unfinished(e.getMessage());
        }
    }

    private String renderExpanded(ChartArchive archive, RenderRequest request) throws RenderFailed, IOException, ArchiveRefused {
        Path dir = Files.createTempDirectory(work, "steward-render-");
        try {
            Path chart = write(NestedCharts.expand(archive, ArchiveLimits.HELM, archive.name()), dir); // no archive Helm reads unread
            Path values = dir.resolve("values.json");
            JSON.writeValue(values.toFile(), request.values());
            TemplateCommand command = new TemplateCommand(helm.lib(), chart).withName(request.releaseName())
                    .withNamespace(request.namespace()).withKubeVersion(request.kubeVersion()).withValuesFile(values);
            return call(command, dir, archive.name());
        } finally {
            Folders.deleteTree(dir); // an abandoned render may still be writing there: the system cleans its temp folder then
        }
    }

    private String call(TemplateCommand command, Path dir, String chartName) throws RenderFailed {
        if (abandoned.get() >= ABANDONED_LIMIT) {
            throw RenderFailed.unfinished(ABANDONED_LIMIT + " renders of this run did not finish within " + shown(timeout)
                    + ", so Steward renders no more charts in it");
        }
        HelmLibrary.noteSignals();
        Future<String> rendered = calls.submit(() -> {
            try {
                String manifest = command.call();
                return manifest == null ? "" : manifest; // helm-java answers null for a chart that renders nothing
            } finally {
                HelmLibrary.rearmSignals();
            }
        });
        try {
            return rendered.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            rendered.cancel(true); // Go does not stop; the thread is given up and counted
            abandoned.incrementAndGet();
            HelmLibrary.rearmSignals(); // now, not when the abandoned render ends: SIGTERM must stop the run meanwhile
            throw RenderFailed.unfinished("Helm did not finish rendering within " + shown(timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RenderFailed.unfinished("the render was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String message = cause.getMessage() == null || cause.getMessage().isBlank() ? cause.toString() : cause.getMessage();
            throw RenderFailed.byHelm(message.replace(dir.resolve(chartName) + "/", "").replace(dir.toString(), "").strip());
        }
    }

    private static String shown(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    private static Path write(ChartArchive archive, Path dir) throws IOException {
        Path chart = dir.resolve(archive.name()).normalize();
        for (Map.Entry<String, byte[]> file : archive.files().entrySet()) {
            if (file.getKey().endsWith("values.schema.json")) {
                continue; // Helm would follow its remote and file references; Steward's own check validates it, safely
            }
            Path target = chart.resolve(file.getKey()).normalize();
            if (!target.startsWith(chart)) {
                throw new IOException("the archive path " + file.getKey() + " leaves the chart"); // the reader refuses these already
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return chart;
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
