package io.kubesteward.forge;

import io.kubesteward.http.ApiResponse;
import java.io.IOException;

/**
 * One REST endpoint of one forge: the request to send and how to read a successful answer. The
 * caller adds the API base, authentication, pacing and error translation.
 *
 * @param <T> what a successful answer means
 */
public interface Endpoint<T> {
    /** GET, POST, PUT or PATCH. */
    String method();

    /** Path and query under the API base, already encoded, starting with {@code /}. */
    String route();

    /** What Steward was trying to do, for messages: "create a pull request from steward/x into main". */
    String action();

    /** The JSON body (a record or a map), or null. */
    default Object body() {
        return null;
    }

    /** What the token needs for this call, in the forge's words, for a 403 that does not say. */
    default String permission() {
        return null;
    }

    /** Reads a 2xx answer; an answer of the wrong shape throws. */
    T parse(ApiResponse response) throws IOException;
}
