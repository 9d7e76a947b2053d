package io.kubesteward.sources.oci;

import io.kubesteward.http.RecordedRequest;
import io.kubesteward.http.Reply;
import io.kubesteward.http.TestHttpServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A registry speaking the distribution API on 127.0.0.1: tag lists paged by {@code n} and
 * {@code last} with Link headers, manifests by HEAD and GET, blobs, and either the token flow
 * (401 with a Bearer challenge, a token service checking basic credentials) or basic auth.
 */
final class FakeRegistry implements AutoCloseable {
    enum Auth { NONE, TOKEN, BASIC }

    static final String TOKEN = "registry-token-42";

    final TestHttpServer server = TestHttpServer.start();
    private final Auth auth;
    private final String expectedBasic;
    private final Map<String, Object> manifests = new LinkedHashMap<>();

    FakeRegistry(Auth auth, String user, String password) {
        this.auth = auth;
        this.expectedBasic = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        server.route("/token", (request, nth) -> token(request));
    }

    /** {@code 127.0.0.1:port}, the registry as an image reference names it. */
    String host() {
        return server.base().substring("http://".length());
    }

    /** Serves {@code tags} for {@code name}, {@code n} per page at most. */
    FakeRegistry repository(String name, List<String> tags) {
        server.route("/v2/" + name + "/tags/list", (request, nth) -> authorized(request, name, () -> page(name, tags, request)));
        return this;
    }

    /** A manifest for {@code name:tag}, served with its digest. */
    FakeRegistry manifest(String name, String reference, String digest, String json) {
        server.route("/v2/" + name + "/manifests/" + reference, (request, nth) -> authorized(request, name,
                () -> Reply.ok(json).header("Docker-Content-Digest", digest)
                        .header("Content-Type", "application/vnd.oci.image.index.v1+json")));
        return this;
    }

    FakeRegistry blob(String name, String digest, String json) {
        server.route("/v2/" + name + "/blobs/" + digest, (request, nth) -> authorized(request, name, () -> Reply.ok(json)));
        return this;
    }

    int count(String path) {
        return server.count(path);
    }

    List<RecordedRequest> requests(String path) {
        return server.requests(path);
    }

    private Reply authorized(RecordedRequest request, String name, java.util.function.Supplier<Reply> inner) {
        String given = request.header("Authorization");
        return switch (auth) {
            case NONE -> inner.get();
            case BASIC -> expectedBasic.equals(given) ? inner.get()
                    : Reply.status(401).header("WWW-Authenticate", "Basic realm=\"fake\"");
            case TOKEN -> ("Bearer " + TOKEN).equals(given) ? inner.get()
                    : Reply.ok("{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}")
                            .withStatus(401).header("WWW-Authenticate", "Bearer realm=\"" + server.base()
                                    + "/token\",service=\"fake-registry\",scope=\"repository:" + name + ":pull\"");
        };
    }

    private Reply token(RecordedRequest request) {
        if (expectedBasic != null && !expectedBasic.equals(request.header("Authorization"))) {
            return Reply.status(401);
        }
        return Reply.ok("{\"token\":\"" + TOKEN + "\",\"expires_in\":300}");
    }

    private static Reply page(String name, List<String> tags, RecordedRequest request) {
        Map<String, String> query = query(request.query());
        int n = Integer.parseInt(query.getOrDefault("n", "1000"));
        String last = query.get("last");
        int from = last == null ? 0 : tags.indexOf(last) + 1;
        List<String> page = new ArrayList<>(tags.subList(from, Math.min(tags.size(), from + n)));
        String body = "{\"name\":\"" + name + "\",\"tags\":["
                + page.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(",")) + "]}";
        Reply reply = Reply.ok(body).header("Content-Type", "application/json");
        if (from + n < tags.size()) {
            reply = reply.header("Link", "</v2/" + name + "/tags/list?last=" + page.get(page.size() - 1) + "&n=" + n
                    + ">; rel=\"next\"");
        }
        return reply;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                out.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.close();
    }
}
