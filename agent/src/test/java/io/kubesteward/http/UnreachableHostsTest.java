package io.kubesteward.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** After one request has found a host unreachable, the others to it fail at once instead of retrying one by one. */
class UnreachableHostsTest {
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @CatalogueEntry(24)
    @Test
    void a_refusing_host_is_tried_with_retries_once_then_failed_at_once() throws Exception {
        RecordingSleeper sleeper = new RecordingSleeper();
        int port = closedPort();
        try (HttpCaller http = new HttpCaller(TestSettings.fast(), sleeper, () -> 0.5, java.time.Clock.systemUTC())) {
            HttpFailure first = assertThrows(HttpFailure.class,
                    () -> http.download(URI.create("http://127.0.0.1:" + port + "/a/index.yaml"), null));
            assertEquals(HttpFailure.Kind.CONNECT, first.kind());
            int pausesAfterFirst = sleeper.waits.size();
            assertTrue(pausesAfterFirst > 0, "the first request retries");

            HttpFailure second = assertThrows(HttpFailure.class,
                    () -> http.exchange(ApiRequest.get(URI.create("http://127.0.0.1:" + port + "/v2/x/tags/list"), null)));
            assertEquals(HttpFailure.Kind.CONNECT, second.kind());
            assertTrue(second.getMessage().contains("earlier in this run"), second.getMessage());
            assertEquals(pausesAfterFirst, sleeper.waits.size(), "no retries, no waiting for a host known to be unreachable");
        }
    }
}
