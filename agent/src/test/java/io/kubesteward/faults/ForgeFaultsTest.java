package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.app.DemoDelivery;
import io.kubesteward.forge.fake.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code steward run} against a GitHub that refuses: each refusal is the delivery's failure in words
 * (what was tried, why, what to do), the others go on, nothing is lost (the next run, once the forge
 * agrees, delivers everything), and the token never shows.
 */
class ForgeFaultsTest {
    private static final String TOKEN = "ghp_canary_forge_faults_91ab";
    private static final StewardCli CLI = new StewardCli().withSecret(TOKEN);

    @TempDir
    Path dir;
    private DemoDelivery demo;

    @BeforeEach
    void setUp() throws Exception {
        demo = new DemoDelivery(dir, TOKEN);
    }

    @AfterEach
    void tearDown() {
        demo.close();
    }

    private StewardCli.Result run() {
        return CLI.run("run", "--config", demo.config().toString(), "--output", "json");
    }

    private static List<String> actions(StewardCli.Result result) {
        return result.json().get("deliveries").findValuesAsText("action");
    }

    private static String detail(StewardCli.Result result, int index) {
        return result.json().get("deliveries").get(index).get("detail").asText();
    }

    private void theNextRunDeliversEverything() {
        StewardCli.Result next = run().exits(0);
        assertEquals(5, demo.github().openPulls().size(), next.out());
        assertTrue(Set.of("created", "unchanged").containsAll(actions(next)), next.out());
    }

    private static Answer[] times(int n, Answer answer) {
        return Collections.nCopies(n, answer).toArray(Answer[]::new);
    }

    @CatalogueEntry(47)
    @Test
    void a_token_without_pull_request_permission_names_it_and_the_branches_wait_for_the_next_run() throws Exception {
        demo.github().script("POST", "/pulls", times(5, Answer.resource(403, "github/error-403-integration.json")));
        StewardCli.Result refused = run().exits(3);
        assertEquals(Collections.nCopies(5, "failed"), actions(refused));
        assertTrue(detail(refused, 0).contains("pull requests: write"), detail(refused, 0));
        assertTrue(refused.err().contains("no proposal could be delivered"), refused.err());
        assertEquals(6, demo.branches().size(), "the branches are pushed; only the pull requests wait");
        theNextRunDeliversEverything();
    }

    @CatalogueEntry(56)
    @Test
    void a_repository_that_is_gone_or_hidden_fails_the_run_before_anything_is_pushed() throws Exception {
        demo.github().script("GET", "/pulls", Answer.resource(404, "github/error-404.json"));
        StewardCli.Result missing = run().exits(3);
        assertEquals(Collections.nCopies(5, "failed"), actions(missing));
        String why = detail(missing, 0);
        assertTrue(why.startsWith("cannot list pull requests") && why.contains("acme/gitops"), why);
        assertTrue(why.contains("not found") || why.contains("does not exist"), why);
        assertEquals(Set.of("main"), demo.branches().keySet(), "nothing pushed");
        theNextRunDeliversEverything();
    }

    @CatalogueEntry(44)
    @Test
    void a_conflict_fails_that_delivery_only() throws Exception {
        demo.github().script("POST", "/pulls", Answer.json(409, "{\"message\":\"Conflict\",\"documentation_url\":"
                + "\"https://docs.github.com/rest/pulls/pulls#create-a-pull-request\",\"status\":\"409\"}"));
        StewardCli.Result conflicted = run().exits(0);
        List<String> actions = new ArrayList<>(actions(conflicted));
        assertEquals("failed", actions.get(0), conflicted.out());
        assertTrue(detail(conflicted, 0).contains("409") || detail(conflicted, 0).toLowerCase().contains("conflict"), detail(conflicted, 0));
        assertEquals(Collections.nCopies(4, "created"), actions.subList(1, 5));
        theNextRunDeliversEverything();
    }

    @CatalogueEntry(42)
    @Test
    void a_refused_pull_request_says_what_github_refused_and_the_others_go_on() throws Exception {
        demo.github().script("POST", "/pulls", Answer.resource(422, "github/error-422-head-invalid.json"));
        StewardCli.Result refused = run().exits(0);
        assertEquals("failed", actions(refused).get(0), refused.out());
        assertEquals(Collections.nCopies(4, "created"), actions(refused).subList(1, 5), "the others go on");
        assertTrue(detail(refused, 0).contains("head"), detail(refused, 0));
        theNextRunDeliversEverything();
    }

    @CatalogueEntry(49)
    @Test
    void a_secondary_rate_limit_is_waited_out_and_every_pull_request_opens() throws Exception {
        demo.github().script("POST", "/pulls", Answer.resource(403, "github/error-403-secondary.json").header("Retry-After", "1"));
        Files.writeString(demo.config(), Files.readString(demo.config()).replace("retries: 0", "retries: 1"));
        StewardCli.Result waited = run().exits(0);
        JsonNode deliveries = waited.json().get("deliveries");
        assertEquals(Collections.nCopies(5, "created"), actions(waited), deliveries.toString());
        assertEquals(5, demo.github().openPulls().size());
        assertEquals(6, demo.github().calls("POST", "/pulls").size(), "the limited create was sent again after the wait");
    }
}
