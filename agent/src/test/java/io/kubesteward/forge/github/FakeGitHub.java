package io.kubesteward.forge.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubesteward.forge.fake.Answer;
import io.kubesteward.forge.fake.Answer.Resources;
import io.kubesteward.forge.fake.Call;
import io.kubesteward.forge.fake.FakeServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;

/**
 * A GitHub (or GitHub Enterprise, under {@code /api/v3}) that keeps pull requests in memory and
 * answers in GitHub's REST shapes: JSON from GitHub's documented examples, 401/404/422 bodies,
 * {@code Link} pagination through {@code /repositories/{id}/pulls}.
 */
public final class FakeGitHub implements AutoCloseable {
    public static final String BOT = "steward-bot";
    private static final long REPO_ID = 1296269;

    final FakeServer server = new FakeServer();
    final Set<String> collaborators = new HashSet<>(Set.of("alice", "bob", BOT));
    private final String prefix;
    private final String owner;
    private final String name;
    private final String token;
    private final List<ObjectNode> pulls = new ArrayList<>();
    private final List<String> comments = new ArrayList<>();

    public FakeGitHub(String prefix, String owner, String name, String token) {
        this.prefix = prefix;
        this.owner = owner;
        this.name = name;
        this.token = token;
        String repo = prefix + "/repos/" + owner + "/" + name;
        String any = prefix + "/(?:repos/" + owner + "/" + name + "|repositories/" + REPO_ID + ")";
        server.route("GET", prefix + "/user", authed((c, m) -> Answer.json(200, user(BOT))))
                .route("GET", any + "/pulls", authed(this::list))
                .route("POST", repo + "/pulls", authed(this::create))
                .route("PATCH", repo + "/pulls/(\\d+)", authed(this::update))
                .route("POST", repo + "/issues/(\\d+)/labels", authed(this::addLabels))
                .route("POST", repo + "/pulls/(\\d+)/requested_reviewers", authed(this::requestReviewers))
                .route("POST", repo + "/issues/(\\d+)/assignees", authed((c, m) -> Answer.json(201, pull(m))))
                .route("POST", repo + "/issues/(\\d+)/comments", authed(this::comment))
                .route("POST", (prefix.endsWith("/api/v3") ? prefix.substring(0, prefix.length() - "v3".length()) : prefix + "/") + "graphql",
                        authed(this::graphql))
                .route("GET", prefix + "/.*", authed((c, m) -> Answer.resource(404, "github/error-404.json")));
    }

    public URI apiBase() {
        return URI.create(server.base() + prefix);
    }

    synchronized long seed(String state, String head, String title, String body, boolean merged, String author) {
        ObjectNode pr = newPull(head, "main", title, body, author);
        pr.put("state", state);
        if (!state.equals("open")) {
            pr.put("closed_at", "2026-01-02T03:04:05Z");
        }
        if (merged) {
            pr.put("merged_at", "2026-01-02T03:04:05Z");
        }
        return pr.get("number").asLong();
    }

    /** What a person does on the web page: merge (the branch itself is moved onto the base by the test). */
    public synchronized void markMerged(long number) {
        ObjectNode pr = find(number);
        pr.put("state", "closed");
        pr.put("closed_at", "2026-01-02T03:04:05Z");
        pr.put("merged_at", "2026-01-02T03:04:05Z");
    }

    /** What a person does on the web page: close without merging. */
    public synchronized void closeUnmerged(long number) {
        ObjectNode pr = find(number);
        pr.put("state", "closed");
        pr.put("closed_at", "2026-01-02T03:04:05Z");
    }

    public synchronized long openCount(String head) {
        return pulls.stream().filter(p -> p.get("state").asText().equals("open"))
                .filter(p -> p.get("head").get("ref").asText().equals(head)).count();
    }

    /** Each open pull request as {@code head: title [labels]}, sorted: what a person sees in the list. */
    public synchronized List<String> openPulls() {
        return pulls.stream().filter(p -> p.get("state").asText().equals("open"))
                .map(p -> p.get("head").get("ref").asText() + ": " + p.get("title").asText() + " " + p.get("labels").findValuesAsText("name"))
                .sorted().toList();
    }

    /**
     * Holds the {@code nth} call of {@code method} to this repository's {@code pathRegex} (after
     * {@code /repos/owner/name}) at {@code moment}, until this server closes; see {@link FakeServer#hold}.
     */
    public FakeGitHub hold(String method, String pathRegex, int nth, FakeServer.Moment moment, CountDownLatch reached) {
        server.hold(method, prefix + "/repos/" + owner + "/" + name + pathRegex, nth, moment, reached);
        return this;
    }

    /** The next calls of {@code method} to this repository's {@code pathRegex} get these answers; see {@link FakeServer#script}. */
    public FakeGitHub script(String method, String pathRegex, Answer... answers) {
        server.script(method, prefix + "/repos/" + owner + "/" + name + pathRegex, answers);
        return this;
    }

    /** The calls of {@code method} to this repository's {@code pathRegex} so far. */
    public List<Call> calls(String method, String pathRegex) {
        return server.calls(method, prefix + "/repos/" + owner + "/" + name + pathRegex);
    }

    /** Lets every held call go on. */
    public void release() {
        server.release();
    }

    public synchronized List<String> comments() {
        return List.copyOf(comments);
    }

    public synchronized JsonNode pullJson(long number) {
        return find(number).deepCopy();
    }

    private FakeServer.Handler authed(FakeServer.Handler inner) {
        return (call, m) -> {
            if (!("Bearer " + token).equals(call.header("Authorization"))) {
                return Answer.resource(401, "github/error-401.json");
            }
            synchronized (this) {
                return inner.handle(call, m);
            }
        };
    }

    private Answer list(Call call, Matcher m) {
        String state = call.query().getOrDefault("state", "open");
        String head = call.query().get("head");
        int perPage = call.intQuery("per_page", 30);
        int page = call.intQuery("page", 1);
        List<ObjectNode> matching = pulls.stream()
                .filter(p -> state.equals("all") || p.get("state").asText().equals(state))
                .filter(p -> head == null || head.equals(owner + ":" + p.get("head").get("ref").asText()))
                .sorted(Comparator.comparingLong((ObjectNode p) -> p.get("number").asLong()).reversed()).toList();
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        matching.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(out::add);
        Answer answer = Answer.json(200, out);
        if ((long) page * perPage < matching.size()) {
            String query = "state=" + state + (head == null ? "" : "&head=" + head.replace(":", "%3A")) + "&per_page=" + perPage;
            String self = server.base() + prefix + "/repositories/" + REPO_ID + "/pulls?" + query;
            answer = answer.header("Link", "<" + self + "&page=" + (page + 1) + ">; rel=\"next\", <" + self + "&page="
                    + ((matching.size() + perPage - 1) / perPage) + ">; rel=\"last\"");
        }
        return answer;
    }

    private volatile boolean draftsRefused;

    /** Answers a draft as GitHub does for a private repository on the free plan: 422. */
    public void refuseDrafts() {
        draftsRefused = true;
    }

    private Answer create(Call call, Matcher m) {
        JsonNode body = call.json();
        if (draftsRefused && body.path("draft").asBoolean(false)) {
            return Answer.json(422, "{\"message\": \"Validation Failed\", \"errors\": [{\"resource\": \"PullRequest\", \"code\": \"custom\","
                    + " \"message\": \"Draft pull requests are not supported in this repository.\"}],"
                    + " \"documentation_url\": \"https://docs.github.com/rest/pulls/pulls#create-a-pull-request\", \"status\": \"422\"}");
        }
        String head = body.path("head").asText();
        if (head.isEmpty() || head.startsWith("missing/")) {
            return Answer.resource(422, "github/error-422-head-invalid.json");
        }
        if (openCount(head) > 0) {
            return Answer.json(422, Resources.text("github/error-422-exists.json").replace("HEAD_LABEL", owner + ":" + head));
        }
        ObjectNode created = newPull(head, body.path("base").asText(), body.path("title").asText(),
                body.path("body").isNull() ? null : body.path("body").asText(), BOT);
        created.put("draft", body.path("draft").asBoolean(false));
        return Answer.json(201, created);
    }

    private Answer update(Call call, Matcher m) {
        ObjectNode pr = find(Long.parseLong(m.group(1)));
        JsonNode body = call.json();
        body.fieldNames().forEachRemaining(f -> {
            if (Set.of("title", "body", "state").contains(f)) {
                pr.set(f, body.get(f));
            }
        });
        if ("closed".equals(pr.get("state").asText())) {
            pr.put("closed_at", "2026-01-02T03:04:05Z");
        }
        return Answer.json(200, pr);
    }

    private Answer addLabels(Call call, Matcher m) {
        ObjectNode pr = find(Long.parseLong(m.group(1)));
        ArrayNode labels = (ArrayNode) pr.get("labels");
        for (JsonNode name : call.json().get("labels")) {
            boolean present = false;
            for (JsonNode l : labels) {
                present |= l.get("name").asText().equals(name.asText());
            }
            if (!present) {
                labels.add(Resources.object("github/label.json").put("name", name.asText()));
            }
        }
        return Answer.json(200, labels);
    }

    private Answer requestReviewers(Call call, Matcher m) {
        ObjectNode pr = find(Long.parseLong(m.group(1)));
        for (JsonNode r : call.json().path("reviewers")) {
            if (!collaborators.contains(r.asText())) {
                return Answer.resource(422, "github/error-422-reviewers.json");
            }
            ((ArrayNode) pr.get("requested_reviewers")).add(user(r.asText()));
        }
        return Answer.json(201, pr);
    }

    private volatile boolean graphqlForbidden;
    final List<String> graphqlCalls = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Answers GraphQL mutations as GitHub does for a token without the permission: 200 with a FORBIDDEN error. */
    public void forbidGraphql() {
        graphqlForbidden = true;
    }

    /** The draft flag GitHub keeps; changed only by GraphQL's two mutations, as on GitHub. */
    public synchronized boolean isDraft(long number) {
        return find(number).path("draft").asBoolean(false);
    }

    private synchronized Answer graphql(Call call, Matcher m) {
        String query = call.json().path("query").asText();
        String id = call.json().path("variables").path("id").asText();
        String mutation = query.contains("convertPullRequestToDraft") ? "convertPullRequestToDraft"
                : query.contains("markPullRequestReadyForReview") ? "markPullRequestReadyForReview" : null;
        graphqlCalls.add(mutation + " " + id);
        ObjectNode answer = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (mutation == null) {
            answer.putArray("errors").addObject().put("message", "Parse error");
            return Answer.json(200, answer);
        }
        ObjectNode pr = pulls.stream().filter(p -> p.path("node_id").asText().equals(id)).findFirst().orElse(null);
        if (graphqlForbidden || pr == null) {
            answer.putObject("data").putNull(mutation);
            answer.putArray("errors").addObject().put("type", graphqlForbidden ? "FORBIDDEN" : "NOT_FOUND")
                    .put("message", graphqlForbidden ? "Resource not accessible by integration"
                            : "Could not resolve to a node with the global id of '" + id + "'");
            return Answer.json(200, answer);
        }
        boolean draft = mutation.equals("convertPullRequestToDraft");
        pr.put("draft", draft);
        answer.putObject("data").putObject(mutation).putObject("pullRequest").put("isDraft", draft);
        return Answer.json(200, answer);
    }

    private Answer comment(Call call, Matcher m) {
        find(Long.parseLong(m.group(1)));
        comments.add(m.group(1) + ": " + call.json().get("body").asText());
        return Answer.json(201, Resources.object("github/comment.json").put("body", call.json().get("body").asText()));
    }

    private ObjectNode pull(Matcher m) {
        return find(Long.parseLong(m.group(1)));
    }

    private ObjectNode find(long number) {
        return pulls.stream().filter(p -> p.get("number").asLong() == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("no pull request #" + number));
    }

    private ObjectNode newPull(String head, String base, String title, String body, String author) {
        long number = 1347 + pulls.size();
        ObjectNode pr = Resources.object("github/pull-request.json");
        pr.put("number", number).put("title", title).put("state", "open").putNull("merged_at").putNull("closed_at");
        pr.put("node_id", "PR_kwDOfake" + number);
        pr.put("html_url", "https://github.com/" + owner + "/" + name + "/pull/" + number);
        pr.put("url", apiBase() + "/repos/" + owner + "/" + name + "/pulls/" + number);
        if (body == null) {
            pr.putNull("body");
        } else {
            pr.put("body", body);
        }
        ((ObjectNode) pr.get("head")).put("ref", head).put("label", owner + ":" + head);
        ((ObjectNode) pr.get("head").get("repo")).put("full_name", owner + "/" + name);
        ((ObjectNode) pr.get("base")).put("ref", base).put("label", owner + ":" + base);
        pr.set("user", user(author));
        pr.set("labels", JsonNodeFactory.instance.arrayNode());
        pulls.add(pr);
        return pr;
    }

    private static ObjectNode user(String login) {
        return Resources.object("github/user.json").put("login", login);
    }

    @Override
    public void close() {
        server.close();
    }
}
