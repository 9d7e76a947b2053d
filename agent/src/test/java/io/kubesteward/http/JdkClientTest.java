package io.kubesteward.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Closing the caller ends the client's selector thread, so that a CLI run exits without a 300 ms wait. */
class JdkClientTest {
    @Test
    void closeEndsTheSelectorThread() throws Exception {
        Set<Thread> before = selectorThreads();
        Set<Thread> ours;
        try (TestHttpServer server = TestHttpServer.start()) {
            server.route("/x", Responders.always(Reply.ok("x")));
            HttpCaller caller = new HttpCaller(TestSettings.fast(), java.time.Clock.systemUTC());
            caller.download(server.url("/x"), null).close();
            ours = selectorThreads();
            ours.removeAll(before);
            assertEquals(1, ours.size());
            caller.close();
        }
        for (Thread t : ours) {
            t.join(2000);
            assertFalse(t.isAlive());
        }
    }

    @Test
    void aCallerThatNeverFetchedBuildsNoClient() {
        Set<Thread> before = selectorThreads();
        new HttpCaller(TestSettings.fast(), java.time.Clock.systemUTC()).close();
        Set<Thread> after = selectorThreads();
        after.removeAll(before);
        assertEquals(Set.of(), after);
    }

    private static Set<Thread> selectorThreads() {
        Thread[] all = new Thread[Thread.activeCount() + 64];
        int n = Thread.enumerate(all);
        Set<Thread> out = new HashSet<>();
        Arrays.stream(all, 0, n).filter(t -> t.getName().endsWith("-SelectorManager")).forEach(out::add);
        return out;
    }
}
