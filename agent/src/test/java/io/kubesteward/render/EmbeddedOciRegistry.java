package io.kubesteward.render;

import com.marcnuri.helm.jni.RepoServerOptions;
import com.marcnuri.helm.jni.Result;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The CNCF distribution registry that helm-java embeds for its own tests, on 127.0.0.1 over plain HTTP, with basic
 * auth ({@link #USER}/{@link #PASSWORD}). Charts are pushed as {@code helm push} lays them out (a Helm config blob
 * and one chart layer), by the distribution API.
 */
public final class EmbeddedOciRegistry implements AutoCloseable {
    public static final String USER = "username";
    public static final String PASSWORD = "password";
    public static final String CHART_LAYER = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";

    private final HelmLibrary helm;
    private final String url;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private EmbeddedOciRegistry(HelmLibrary helm, String url) {
        this.helm = helm;
        this.url = url;
        this.port = Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }

    public static EmbeddedOciRegistry start() throws Exception {
        HelmLibrary helm = HelmLibrary.shared(Clock.systemUTC());
        Result started = helm.lib().RepoOciServerStart(new RepoServerOptions());
        if (started.err != null && !started.err.isBlank()) {
            throw new IllegalStateException("the embedded registry did not start: " + started.err);
        }
        EmbeddedOciRegistry registry = new EmbeddedOciRegistry(helm, started.out.strip());
        registry.awaitReady();
        return registry;
    }

    /** {@code 127.0.0.1:<port>}, as a chart reference names the registry. */
    public String host() {
        return "127.0.0.1:" + port;
    }

    /** Pushes {@code tgz} as {@code name:tag}; returns the chart layer's digest. */
    public String push(String name, String tag, byte[] tgz) throws IOException, InterruptedException {
        byte[] config = "{\"name\":\"chart\",\"version\":\"0\",\"apiVersion\":\"v2\"}".getBytes(StandardCharsets.UTF_8);
        String configDigest = upload(name, config);
        String layerDigest = upload(name, tgz);
        String manifest = """
                {"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
                 "config":{"mediaType":"application/vnd.cncf.helm.config.v1+json","digest":"%s","size":%d},
                 "layers":[{"mediaType":"%s","digest":"%s","size":%d}]}""".formatted(configDigest, config.length, CHART_LAYER, layerDigest,
                tgz.length);
        send(HttpRequest.newBuilder(api("/v2/" + name + "/manifests/" + tag)).header("Content-Type", "application/vnd.oci.image.manifest.v1+json")
                .PUT(HttpRequest.BodyPublishers.ofString(manifest)), 201);
        return layerDigest;
    }

    private String upload(String name, byte[] blob) throws IOException, InterruptedException {
        HttpResponse<String> started = send(HttpRequest.newBuilder(api("/v2/" + name + "/blobs/uploads/"))
                .POST(HttpRequest.BodyPublishers.noBody()), 202);
        String location = started.headers().firstValue("Location").orElseThrow();
        URI upload = URI.create(base()).resolve(location.replace("localhost:", "127.0.0.1:"));
        String digest = "sha256:" + sha256(blob);
        URI put = URI.create(upload + (upload.getQuery() == null ? "?" : "&") + "digest=" + digest);
        send(HttpRequest.newBuilder(put).header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofByteArray(blob)), 201);
        return digest;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = client.send(request.header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IOException(r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                client.send(HttpRequest.newBuilder(api("/v2/")).GET().build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("the embedded registry at " + host() + " never answered");
    }

    private String base() {
        return "http://" + host();
    }

    private URI api(String path) {
        return URI.create(base() + path);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        helm.lib().RepoServerStop(url);
    }
}
