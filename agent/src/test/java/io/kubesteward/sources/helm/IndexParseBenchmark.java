package io.kubesteward.sources.helm;

import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpSettings;
import io.kubesteward.http.Reply;
import io.kubesteward.http.Responders;
import io.kubesteward.http.TestHttpServer;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.Mirror;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Not a test: measures reading a big index in a cold JVM. After {@code mvn test-compile}, run
 * {@code java -cp target/classes:target/test-classes:<deps> io.kubesteward.sources.helm.IndexParseBenchmark
 * <index.yaml> [fast|whole|mirror|http] [chart,chart,...]} or {@code <repository URL> url <charts> <cache dir>}.
 * {@code fast} and {@code whole} time the parser alone; {@code mirror} the whole source reading a
 * folder mirror; {@code http} the whole source downloading from a server on 127.0.0.1 in the same
 * JVM (its start is not counted); {@code url} the whole source against a real repository URL, with
 * an HTTP cache directory (run it twice to see the revalidated, not-modified path).
 */
public final class IndexParseBenchmark {
    private static final String CHARTS = "redis,postgresql,mongodb,kafka,cert-manager,ingress-nginx";

    private IndexParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0].replaceFirst("^https?://.*", "."));
        String mode = args.length > 1 ? args[1] : "fast";
        Set<String> wanted = Set.of((args.length > 2 ? args[2] : CHARTS).split(","));
        TestHttpServer server = mode.equals("http") ? serve(file) : null;
        long t0 = System.nanoTime();
        String result = switch (mode) {
            case "fast" -> describe(new HelmIndexParser(64L << 20).parse(file, wanted));
            case "whole" -> describe(new HelmIndexParser(64L << 20).parseWhole(file, wanted));
            case "mirror" -> viaSource(HttpSettings.defaults(), HelmSourceSettings.defaults().withMirrors(
                    List.of(Mirror.toFolder("https://charts.example.com/", file.getParent()))),
                    "https://charts.example.com", wanted);
            case "http" -> viaSource(HttpSettings.defaults(), HelmSourceSettings.defaults(), server.base(), wanted);
            case "url" -> viaSource(HttpSettings.defaults().withCacheDirectory(Path.of(args[3])),
                    HelmSourceSettings.defaults(), args[0], wanted);
            default -> throw new IllegalArgumentException("mode: fast, whole, mirror or http");
        };
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("%s: %d ms (%d ms since JVM start) %s%n", mode, ms, sinceStart, result);
        if (server != null) {
            server.close();
        }
    }

    private static String describe(ParsedIndex parsed) {
        return "charts listed " + parsed.chartsListed() + ", entries kept " + parsed.entriesKept();
    }

    private static String viaSource(HttpSettings http, HelmSourceSettings helm, String repo, Set<String> wanted) {
        List<PackageRef> packages = wanted.stream()
                .map(name -> new PackageRef(SourceKind.HELM_REPOSITORY, repo, name)).toList();
        try (HttpCaller caller = new HttpCaller(http, java.time.Clock.systemUTC()); HelmRepositorySource source = new HelmRepositorySource(caller, helm)) {
            long ok = source.lookup(packages).values().stream().filter(r -> r.ok()).count();
            return ok + "/" + packages.size() + " found, " + source.stats();
        }
    }

    private static TestHttpServer serve(Path file) throws Exception {
        byte[] body = Files.readAllBytes(file);
        return TestHttpServer.start().route("/index.yaml", Responders.always(Reply.ok(Arrays.copyOf(body, body.length))));
    }
}
