package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.app.DemoDelivery;
import io.kubesteward.forge.fake.FakeServer.Moment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run killed at any delivery step (a node drained, a Job past its deadline) leaves nothing the next
 * run cannot finish: the same branches with the same content and one pull request per proposal, as if
 * the first run had never been interrupted. The runs are real JVMs that get real signals.
 */
class KilledRunConvergenceTest {
    private static final String TOKEN = "ghp_canary_killed_run_7d2e";
    private static final StewardCli CLI = new StewardCli().withSecret(TOKEN);

    /** What one uninterrupted run delivers: the reference every other test converges on. */
    private record Delivered(Map<String, List<String>> changes, List<String> pulls) {
        static Delivered by(DemoDelivery demo) throws Exception {
            return new Delivered(demo.changes(), demo.github().openPulls());
        }
    }

    private static Delivered reference;

    @BeforeAll
    static void deliverOnceWithoutInterruption(@TempDir Path dir) throws Exception {
        try (DemoDelivery demo = labelled(new DemoDelivery(dir, TOKEN))) {
            run(demo).exits(0);
            reference = Delivered.by(demo);
        }
        assertEquals(5, reference.changes().size(), "five proposal branches: " + reference.changes());
        assertEquals(5, reference.pulls().size(), reference.pulls().toString());
    }

    private static DemoDelivery labelled(DemoDelivery demo) throws Exception {
        demo.forgeSetting("labels: [dependencies]");
        return demo;
    }

    private static StewardCli.Result run(DemoDelivery demo) {
        return CLI.run("run", "--config", demo.config().toString(), "--output", "json");
    }

    /** A delivery step and the moment the forge holds it while the run is killed. */
    record Step(String name, String method, String path, int nth, Moment moment) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Step> steps() {
        return Stream.of(
                new Step("while looking up the first pull request", "GET", "/pulls", 1, Moment.BEFORE_ANSWERING),
                new Step("before the first pull request exists", "POST", "/pulls", 1, Moment.BEFORE_ACTING),
                new Step("after the first pull request exists, before Steward hears of it", "POST", "/pulls", 1, Moment.BEFORE_ANSWERING),
                new Step("before the first pull request is labelled", "POST", "/issues/\\d+/labels", 1, Moment.BEFORE_ACTING),
                new Step("after the third pull request exists, before Steward hears of it", "POST", "/pulls", 3, Moment.BEFORE_ANSWERING));
    }

    @CatalogueEntry({44, 65})
    @ParameterizedTest(name = "kill -9 {0}")
    @MethodSource("steps")
    void a_run_killed_at_a_delivery_step_is_finished_by_the_next(Step step, @TempDir Path dir) throws Exception {
        try (DemoDelivery demo = labelled(new DemoDelivery(dir, TOKEN))) {
            CountDownLatch reached = new CountDownLatch(1);
            demo.github().hold(step.method(), step.path(), step.nth(), step.moment(), reached);
            try (StewardProcess killed = StewardProcess.start(dir, "run", "--config", demo.config().toString(), "--output", "json")) {
                assertTrue(reached.await(60, TimeUnit.SECONDS), () -> "the run never got there; stderr:\n" + killed.err());
                killed.signal("KILL");
                assertEquals(137, killed.exitCode(), "killed by SIGKILL");
            }
            demo.github().release();

            run(demo).exits(0);
            assertEquals(reference, Delivered.by(demo), "the next run converges on what an uninterrupted run delivers");
        }
    }

    @CatalogueEntry(65)
    @Test
    void a_run_told_to_stop_finishes_the_current_pull_request_and_the_next_run_the_rest(@TempDir Path dir) throws Exception {
        try (DemoDelivery demo = labelled(new DemoDelivery(dir, TOKEN))) {
            CountDownLatch reached = new CountDownLatch(1);
            demo.github().hold("POST", "/pulls", 2, Moment.BEFORE_ANSWERING, reached);
            try (StewardProcess stopped = StewardProcess.start(dir, "run", "--config", demo.config().toString(), "--output", "json")) {
                assertTrue(reached.await(60, TimeUnit.SECONDS), () -> "the run never got there; stderr:\n" + stopped.err());
                stopped.signal("TERM");
                awaitStopRequested(stopped);
                demo.github().release();
                assertEquals(0, stopped.exitCode(), stopped.err());
                assertEquals(2, demo.github().openPulls().size(), "the current proposal finished, no new one begun");
                List<String> actions = new StewardCli.Result(0, stopped.out(), stopped.err()).json().get("deliveries")
                        .findValuesAsText("action");
                assertEquals(List.of("created", "created", "not delivered: stopping", "not delivered: stopping",
                        "not delivered: stopping"), actions, "the report says what the next run delivers");
            }
            run(demo).exits(0);
            assertEquals(reference, Delivered.by(demo));
        }
    }

    private static void awaitStopRequested(StewardProcess process) throws InterruptedException {
        for (int i = 0; i < 200 && !process.err().contains("stop requested (SIGTERM): the run ends after its current proposal"); i++) {
            Thread.sleep(50);
        }
        assertTrue(process.err().contains("stop requested (SIGTERM)"), () -> "the stop is logged; stderr:\n" + process.err());
    }

    @CatalogueEntry(44)
    @Test
    void five_runs_deliver_what_one_run_does_and_rewrite_nothing(@TempDir Path dir) throws Exception {
        try (DemoDelivery demo = labelled(new DemoDelivery(dir, TOKEN))) {
            run(demo).exits(0);
            Map<String, String> tips = demo.branches();
            for (int i = 2; i <= 5; i++) {
                run(demo).exits(0);
                assertEquals(reference, Delivered.by(demo), "after run " + i);
                assertEquals(tips, demo.branches(), "run " + i + " pushed nothing new");
            }
        }
    }
}
