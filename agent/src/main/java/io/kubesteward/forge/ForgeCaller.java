package io.kubesteward.forge;

import io.kubesteward.http.ApiRequest;
import io.kubesteward.http.ApiResponse;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpFailure;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sends endpoints to one forge through the HTTP caller: the API base, the forge's headers and
 * authentication, writes spaced out, and every refusal turned into a {@link ForgeFailure}. Retries
 * and rate-limit waits are the HTTP caller's.
 */
public final class ForgeCaller {
    /** Reads what a forge said in a refusal. */
    @FunctionalInterface
    public interface ErrorReader {
        ErrorReply read(ApiResponse response);
    }

    private final HttpCaller http;
    private final ForgeSettings settings;
    private final Map<String, String> headers;
    private final ErrorReader errors;
    private final WritePacer pacer;

    /** @param headers sent with every request (Accept, API version); never the token */
    public ForgeCaller(HttpCaller http, ForgeSettings settings, Map<String, String> headers, ErrorReader errors,
            WritePacer pacer) {
        this.http = http;
        this.settings = settings;
        this.headers = Map.copyOf(headers);
        this.errors = errors;
        this.pacer = pacer;
    }

    public ForgeSettings settings() {
        return settings;
    }

    public URI apiBase() {
        return settings.apiBase();
    }

    public <T> T call(Endpoint<T> endpoint) throws ForgeFailure {
        String action = endpoint.action() + " in " + settings.describe();
        ApiRequest request = request(endpoint);
        ApiResponse response;
        try {
            response = request.safe() ? http.exchange(request) : pacer.write(() -> http.exchange(request));
        } catch (HttpFailure f) {
            throw HttpFailures.translate(settings, action, f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForgeFailure(ForgeFailure.Kind.NETWORK, 0, action, "interrupted", "");
        }
        if (!response.successful()) {
            throw FailureWording.failure(settings, action, endpoint.permission(), errors.read(response));
        }
        try {
            return endpoint.parse(response);
        } catch (IOException | RuntimeException e) {
            throw new ForgeFailure(ForgeFailure.Kind.UNEXPECTED_RESPONSE, response.status(), action,
                    "the answer is not what " + settings.kind().displayName() + "'s API sends",
                    "check that " + settings.apiBase() + " is the API of a " + settings.kind().displayName() + " server");
        }
    }

    /** Every item of a paged list, following next routes for at most {@code maxPages} pages. */
    public <T> List<T> collect(Endpoint<Page<T>> first, Function<String, Endpoint<Page<T>>> pageAt, int maxPages)
            throws ForgeFailure {
        List<T> all = new ArrayList<>();
        Endpoint<Page<T>> endpoint = first;
        for (int n = 1; endpoint != null; n++) {
            Page<T> page = call(endpoint);
            all.addAll(page.items());
            endpoint = page.nextRoute() == null || n >= maxPages ? null : pageAt.apply(page.nextRoute());
        }
        return all;
    }

    private ApiRequest request(Endpoint<?> endpoint) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.putAll(settings.token().headers(settings.kind()));
        Object body = endpoint.body();
        byte[] bytes = null;
        if (body != null) {
            bytes = ForgeJson.write(body);
            h.put("Content-Type", "application/json");
        }
        URI uri = URI.create(settings.apiBase() + endpoint.route()).normalize(); // GitHub's /api/v3/../graphql
        return new ApiRequest(endpoint.method(), uri, h, bytes, null);
    }
}
