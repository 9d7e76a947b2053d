package io.kubesteward.forge;

import io.kubesteward.http.ApiResponse;
import java.io.IOException;

/**
 * An endpoint whose request is fixed when it is made: subclasses, one per REST endpoint, pass the
 * method, route, action, body and permission to the constructor and say how to read the answer.
 *
 * @param <T> what a successful answer means
 */
public abstract class RestEndpoint<T> implements Endpoint<T> {
    /** Reads a 2xx answer; an answer of the wrong shape throws. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ApiResponse response) throws IOException;
    }

    private final String method;
    private final String route;
    private final String action;
    private final Object body;
    private final String permission;
    private final Reader<T> reader;

    /**
     * @param body the JSON body, a record or a map, or null
     * @param permission what the token needs, in the forge's words, or null
     */
    protected RestEndpoint(String method, String route, String action, Object body, String permission, Reader<T> reader) {
        this.method = method;
        this.route = route;
        this.action = action;
        this.body = body;
        this.permission = permission;
        this.reader = reader;
    }

    /** For answers Steward does not read. */
    protected static Reader<Void> ignored() {
        return response -> null;
    }

    /** The answer as one JSON object of {@code type}. */
    protected static <T> Reader<T> json(Class<T> type) {
        return response -> ForgeJson.read(response.body(), type);
    }

    /** {@code value}, or an IOException naming the {@code field} the answer lacks. */
    protected static <V> V required(V value, String field) throws IOException {
        if (value == null) {
            throw new IOException("no " + field);
        }
        return value;
    }

    @Override
    public final String method() {
        return method;
    }

    @Override
    public final String route() {
        return route;
    }

    @Override
    public final String action() {
        return action;
    }

    @Override
    public final Object body() {
        return body;
    }

    @Override
    public final String permission() {
        return permission;
    }

    @Override
    public final T parse(ApiResponse response) throws IOException {
        return reader.read(response);
    }
}
