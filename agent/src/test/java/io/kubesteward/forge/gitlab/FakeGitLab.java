package io.kubesteward.forge.gitlab;

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
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A self-managed GitLab under {@code /api/v4} that keeps merge requests in memory and answers in
 * GitLab's REST shapes: the project named by its URL-encoded path, {@code PRIVATE-TOKEN}
 * authentication, {@code X-Next-Page} pagination, 409 for a duplicate merge request.
 */
final class FakeGitLab implements AutoCloseable {
    static final String BOT = "steward-bot";
    static final Map<String, Long> USERS = Map.of(BOT, 10L, "alice", 11L, "bob", 12L, "carol", 13L);
    private static final long PROJECT_ID = 15513260;

    final FakeServer server = new FakeServer();
    private final String path;
    private final String token;
    private final List<ObjectNode> mergeRequests = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    FakeGitLab(String encodedProjectPath, String path, String token) {
        this.path = path;
        this.token = token;
        String project = "/api/v4/projects/" + encodedProjectPath;
        server.route("GET", "/api/v4/user", authed((c, m) -> Answer.json(200, user(BOT))))
                .route("GET", "/api/v4/users", authed(this::users))
                .route("GET", project + "/merge_requests", authed(this::list))
                .route("POST", project + "/merge_requests", authed(this::create))
                .route("GET", project + "/merge_requests/(\\d+)", authed((c, m) -> Answer.json(200, find(m))))
                .route("PUT", project + "/merge_requests/(\\d+)", authed(this::update))
                .route("POST", project + "/merge_requests/(\\d+)/notes", authed(this::note))
                .route("GET", "/api/v4/.*", authed((c, m) -> Answer.resource(404, "gitlab/error-404.json")));
    }

    URI apiBase() {
        return URI.create(server.base() + "/api/v4");
    }

    synchronized long seed(String state, String branch, String description, String author) {
        ObjectNode mr = newMergeRequest(branch, "main", "t", description, author);
        mr.put("state", state);
        return mr.get("iid").asLong();
    }

    synchronized long openCount(String branch) {
        return mergeRequests.stream().filter(m -> m.get("state").asText().equals("opened"))
                .filter(m -> m.get("source_branch").asText().equals(branch)).count();
    }

    synchronized JsonNode json(long iid) {
        return find(iid).deepCopy();
    }

    synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    private FakeServer.Handler authed(FakeServer.Handler inner) {
        return (call, m) -> {
            if (!token.equals(call.header("PRIVATE-TOKEN"))) {
                return Answer.resource(401, "gitlab/error-401.json");
            }
            synchronized (this) {
                return inner.handle(call, m);
            }
        };
    }

    private Answer list(Call call, Matcher m) {
        String state = call.query().getOrDefault("state", "all");
        String branch = call.query().get("source_branch");
        int perPage = call.intQuery("per_page", 20);
        int page = call.intQuery("page", 1);
        List<ObjectNode> matching = mergeRequests.stream()
                .filter(mr -> state.equals("all") || mr.get("state").asText().equals(state))
                .filter(mr -> branch == null || branch.equals(mr.get("source_branch").asText()))
                .sorted(Comparator.comparingLong((ObjectNode mr) -> mr.get("iid").asLong()).reversed()).toList();
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        matching.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(out::add);
        int pages = Math.max(1, (matching.size() + perPage - 1) / perPage);
        return Answer.json(200, out).header("X-Page", Integer.toString(page)).header("X-Per-Page", Integer.toString(perPage))
                .header("X-Next-Page", page < pages ? Integer.toString(page + 1) : "")
                .header("X-Prev-Page", page > 1 ? Integer.toString(page - 1) : "")
                .header("X-Total", Integer.toString(matching.size())).header("X-Total-Pages", Integer.toString(pages));
    }

    private Answer create(Call call, Matcher m) {
        JsonNode body = call.json();
        String branch = body.path("source_branch").asText();
        for (ObjectNode mr : mergeRequests) {
            if (mr.get("state").asText().equals("opened") && mr.get("source_branch").asText().equals(branch)) {
                return Answer.json(409, Resources.text("gitlab/error-409-exists.json").replace("!133", "!" + mr.get("iid").asText()));
            }
        }
        if (!body.path("target_branch").asText().equals("main")) {
            return Answer.resource(400, "gitlab/error-400-invalid.json");
        }
        return Answer.json(201, newMergeRequest(branch, "main", body.path("title").asText(), body.path("description").asText(), BOT));
    }

    private Answer update(Call call, Matcher m) {
        ObjectNode mr = find(m);
        JsonNode body = call.json();
        for (String field : List.of("title", "description")) {
            if (body.has(field)) {
                mr.set(field, body.get(field));
            }
        }
        if (body.has("add_labels")) {
            ArrayNode labels = (ArrayNode) mr.get("labels");
            for (String l : body.get("add_labels").asText().split(",")) {
                labels.add(l);
            }
        }
        if (body.has("reviewer_ids")) {
            mr.set("reviewers", users(body.get("reviewer_ids")));
        }
        if (body.has("assignee_ids")) {
            mr.set("assignees", users(body.get("assignee_ids")));
        }
        if ("close".equals(body.path("state_event").asText())) {
            mr.put("state", "closed").put("closed_at", "2026-01-02T03:04:05.000Z");
        }
        return Answer.json(200, mr);
    }

    private Answer note(Call call, Matcher m) {
        find(m);
        notes.add(m.group(1) + ": " + call.json().get("body").asText());
        return Answer.json(201, Resources.object("gitlab/note.json").put("body", call.json().get("body").asText()));
    }

    private Answer users(Call call, Matcher m) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        String name = call.query().get("username");
        if (USERS.containsKey(name)) {
            out.add(user(name));
        }
        return Answer.json(200, out);
    }

    private ArrayNode users(JsonNode ids) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        ids.forEach(id -> USERS.forEach((name, uid) -> {
            if (uid == id.asLong()) {
                out.add(user(name));
            }
        }));
        return out;
    }

    private ObjectNode find(Matcher m) {
        return find(Long.parseLong(m.group(1)));
    }

    private ObjectNode find(long iid) {
        return mergeRequests.stream().filter(mr -> mr.get("iid").asLong() == iid).findFirst()
                .orElseThrow(() -> new IllegalStateException("no merge request !" + iid));
    }

    private ObjectNode newMergeRequest(String source, String target, String title, String description, String author) {
        long iid = 133 + mergeRequests.size();
        ObjectNode mr = Resources.object("gitlab/merge-request.json");
        mr.put("id", 155016530 + iid).put("iid", iid).put("project_id", PROJECT_ID).put("source_project_id", PROJECT_ID)
                .put("target_project_id", PROJECT_ID).put("title", title).put("description", description)
                .put("state", "opened").put("source_branch", source).put("target_branch", target)
                .put("reference", "!" + iid).put("web_url", "https://gitlab.example.com/" + path + "/-/merge_requests/" + iid);
        mr.set("author", user(author));
        mr.set("labels", JsonNodeFactory.instance.arrayNode());
        mergeRequests.add(mr);
        return mr;
    }

    private static ObjectNode user(String username) {
        return Resources.object("gitlab/user.json").put("id", USERS.getOrDefault(username, 99L)).put("username", username)
                .put("name", username);
    }

    @Override
    public void close() {
        server.close();
    }
}
