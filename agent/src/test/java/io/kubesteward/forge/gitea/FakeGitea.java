package io.kubesteward.forge.gitea;

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
import java.util.List;
import java.util.regex.Matcher;

/**
 * A Gitea under {@code /api/v1} that keeps pull requests and labels in memory and answers in Gitea's
 * REST shapes: {@code Authorization: token}, page/limit pagination with {@code Link} (or without,
 * as behind proxies that drop it), labels added by id, 409 for a duplicate pull request.
 */
final class FakeGitea implements AutoCloseable {
    static final String BOT = "steward-bot";
    private static final long REPO_ID = 7;

    final FakeServer server = new FakeServer();
    volatile boolean sendLink = true;
    private final String owner;
    private final String name;
    private final String token;
    private final List<ObjectNode> pulls = new ArrayList<>();
    private final ArrayNode labels = JsonNodeFactory.instance.arrayNode();
    private final List<String> comments = new ArrayList<>();

    FakeGitea(String owner, String name, String token) {
        this.owner = owner;
        this.name = name;
        this.token = token;
        addLabel(1, "bug");
        addLabel(7, "Dependencies");
        String repo = "/api/v1/repos/" + owner + "/" + name;
        server.route("GET", "/api/v1/user", authed((c, m) -> Answer.json(200, user(BOT))))
                .route("GET", repo + "/pulls", authed(this::list))
                .route("GET", repo + "/pulls/(\\d+)", authed((c, m) -> Answer.json(200, find(m))))
                .route("POST", repo + "/pulls", authed(this::create))
                .route("PATCH", repo + "/pulls/(\\d+)", authed(this::edit))
                .route("GET", repo + "/labels", authed((c, m) -> page(c, labels, repo + "/labels?")))
                .route("POST", repo + "/labels", authed((c, m) -> Answer.json(201, addLabel(100 + labels.size(), c.json().get("name").asText()))))
                .route("POST", repo + "/issues/(\\d+)/labels", authed(this::addLabels))
                .route("POST", repo + "/pulls/(\\d+)/requested_reviewers", authed((c, m) -> Answer.json(201, JsonNodeFactory.instance.arrayNode())))
                .route("POST", repo + "/issues/(\\d+)/comments", authed(this::comment))
                .route("GET", "/api/v1/.*", authed((c, m) -> Answer.resource(404, "gitea/error-404.json")));
    }

    URI apiBase() {
        return URI.create(server.base() + "/api/v1");
    }

    synchronized long seed(String state, String head, String body, boolean merged, long headRepoId) {
        ObjectNode pr = newPull(head, "main", "t", body, BOT);
        pr.put("state", state).put("merged", merged);
        ((ObjectNode) pr.get("head")).put("repo_id", headRepoId);
        return pr.get("number").asLong();
    }

    synchronized long openCount(String head) {
        return pulls.stream().filter(p -> p.get("state").asText().equals("open"))
                .filter(p -> p.get("head").get("ref").asText().equals(head)).count();
    }

    synchronized JsonNode json(long number) {
        return find(number).deepCopy();
    }

    synchronized List<String> comments() {
        return List.copyOf(comments);
    }

    private FakeServer.Handler authed(FakeServer.Handler inner) {
        return (call, m) -> {
            if (!("token " + token).equals(call.header("Authorization"))) {
                return Answer.resource(401, "gitea/error-401.json");
            }
            synchronized (this) {
                return inner.handle(call, m);
            }
        };
    }

    private Answer list(Call call, Matcher m) {
        String state = call.query().getOrDefault("state", "open");
        ArrayNode matching = JsonNodeFactory.instance.arrayNode();
        pulls.stream().filter(p -> state.equals("all") || p.get("state").asText().equals(state))
                .sorted(Comparator.comparingLong((ObjectNode p) -> p.get("number").asLong()).reversed())
                .forEach(matching::add);
        return page(call, matching, "/api/v1/repos/" + owner + "/" + name + "/pulls?state=" + state + "&");
    }

    private Answer page(Call call, ArrayNode all, String self) {
        int limit = Math.min(call.intQuery("limit", 30), 50);
        int page = call.intQuery("page", 1);
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = (page - 1) * limit; i < Math.min(all.size(), page * limit); i++) {
            out.add(all.get(i));
        }
        Answer answer = Answer.json(200, out).header("X-Total-Count", Integer.toString(all.size()));
        if (sendLink && page * limit < all.size()) {
            answer = answer.header("Link", "<" + server.base() + self + "limit=" + limit + "&page=" + (page + 1) + ">; rel=\"next\"");
        }
        return answer;
    }

    private Answer create(Call call, Matcher m) {
        JsonNode body = call.json();
        String head = body.path("head").asText();
        if (openCount(head) > 0) {
            return Answer.json(409, Resources.text("gitea/error-409-exists.json").replace("steward/helm/cert-manager", head));
        }
        if (head.startsWith("empty/")) {
            return Answer.resource(422, "gitea/error-422.json");
        }
        return Answer.json(201, newPull(head, body.path("base").asText(), body.path("title").asText(), body.path("body").asText(), BOT));
    }

    private Answer edit(Call call, Matcher m) {
        ObjectNode pr = find(m);
        JsonNode body = call.json();
        for (String field : List.of("title", "body", "state")) {
            if (body.has(field)) {
                pr.set(field, body.get(field));
            }
        }
        if (body.has("assignees")) {
            ArrayNode assignees = JsonNodeFactory.instance.arrayNode();
            body.get("assignees").forEach(a -> assignees.add(user(a.asText())));
            pr.set("assignees", assignees);
        }
        return Answer.json(201, pr);
    }

    private Answer addLabels(Call call, Matcher m) {
        ObjectNode pr = find(m);
        for (JsonNode id : call.json().get("labels")) {
            JsonNode label = null;
            for (JsonNode l : labels) {
                label = id.isIntegralNumber() && l.get("id").asLong() == id.asLong() ? l : label;
            }
            if (label == null) {
                return Answer.json(422, "{\"message\":\"label does not exist [id: " + id.asText() + "]\",\"url\":\"\"}");
            }
            ((ArrayNode) pr.get("labels")).add(label);
        }
        return Answer.json(200, pr.get("labels"));
    }

    private Answer comment(Call call, Matcher m) {
        find(m);
        comments.add(m.group(1) + ": " + call.json().get("body").asText());
        return Answer.json(201, Resources.object("gitea/comment.json").put("body", call.json().get("body").asText()));
    }

    private ObjectNode addLabel(long id, String labelName) {
        ObjectNode label = Resources.object("gitea/label.json").put("id", id).put("name", labelName);
        labels.add(label);
        return label;
    }

    private ObjectNode find(Matcher m) {
        return find(Long.parseLong(m.group(1)));
    }

    private ObjectNode find(long number) {
        return pulls.stream().filter(p -> p.get("number").asLong() == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("no pull request #" + number));
    }

    private ObjectNode newPull(String head, String base, String title, String body, String author) {
        long number = 3 + pulls.size();
        ObjectNode pr = Resources.object("gitea/pull-request.json");
        pr.put("id", number).put("number", number).put("title", title).put("body", body).put("state", "open")
                .put("html_url", "https://gitea.example.com/" + owner + "/" + name + "/pulls/" + number);
        ((ObjectNode) pr.get("head")).put("ref", head).put("label", head).put("repo_id", REPO_ID);
        ((ObjectNode) pr.get("base")).put("ref", base).put("label", base).put("repo_id", REPO_ID);
        pr.set("user", user(author));
        pr.set("labels", JsonNodeFactory.instance.arrayNode());
        pulls.add(pr);
        return pr;
    }

    private static ObjectNode user(String login) {
        return Resources.object("gitea/user.json").put("login", login).put("username", login);
    }

    @Override
    public void close() {
        server.close();
    }
}
