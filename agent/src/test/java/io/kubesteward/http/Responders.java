package io.kubesteward.http;

import java.util.List;

/** Ready-made server behaviours for tests. */
public final class Responders {
    private Responders() {
    }

    /** Always the same reply. */
    public static TestHttpServer.Responder always(Reply reply) {
        return (request, nth) -> reply;
    }

    /** The replies in turn; the last one repeats. */
    public static TestHttpServer.Responder sequence(Reply... replies) {
        List<Reply> list = List.of(replies);
        return (request, nth) -> list.get(Math.min(nth, list.size()) - 1);
    }

    /** 200 with an ETag; 304 when the request brings that ETag back. */
    public static TestHttpServer.Responder withEtag(byte[] body, String etag) {
        return (request, nth) -> etag.equals(request.header("If-None-Match"))
                ? Reply.status(304).header("ETag", etag)
                : Reply.ok(body).header("ETag", etag);
    }

    /** 200 with Last-Modified; 304 when the request brings that date back. */
    public static TestHttpServer.Responder withLastModified(byte[] body, String date) {
        return (request, nth) -> date.equals(request.header("If-Modified-Since"))
                ? Reply.status(304)
                : Reply.ok(body).header("Last-Modified", date);
    }

    /** {@code inner} only for requests with this exact Authorization header; 401 otherwise. */
    public static TestHttpServer.Responder requireAuthorization(String expected, TestHttpServer.Responder inner) {
        return (request, nth) -> expected.equals(request.header("Authorization"))
                ? inner.respond(request, nth)
                : Reply.status(401).header("WWW-Authenticate", "Basic realm=\"charts\"");
    }
}
