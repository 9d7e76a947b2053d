package io.kubesteward.app;

import io.kubesteward.forge.github.FakeGitHub;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * What {@code steward run} delivers to in the end-to-end tests: the demo repository in a bare git
 * remote, a GitHub that speaks the real REST shapes on 127.0.0.1, the demo's chart repositories
 * as mirror folders, and the config that ties them together.
 */
public final class DemoDelivery implements AutoCloseable {
    private static final Path DEMO = Path.of("..", "examples").toAbsolutePath().normalize();

    private final Path dir;
    private final FakeGitHub github;
    private final Path remote;
    private final Path config;
    private final Path charts;

    public DemoDelivery(Path dir, String token) throws Exception {
        this.dir = dir;
        github = new FakeGitHub("/api/v3", "acme", "gitops", token);
        remote = dir.resolve("remote.git");
        charts = dir.resolve("charts");
        seedRemote();
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, token);
        config = dir.resolve("steward.yaml");
        Files.writeString(config, """
                apiVersion: steward.io/v1alpha1
                kind: Config
                git:
                  url: %s
                forge:
                  type: github
                  url: %s
                  repository: acme/gitops
                  tokenFrom: {file: %s}
                  writeInterval: 0s
                http:
                  allowedHosts: [127.0.0.1]
                  retries: 0
                """.formatted(remote.toUri(), github.apiBase(), tokenFile));
    }

    public FakeGitHub github() {
        return github;
    }

    public Path remote() {
        return remote;
    }

    public Path config() {
        return config;
    }

    public Path charts() {
        return charts;
    }

    public void appendToConfig(String yaml) throws IOException {
        Files.writeString(config, Files.readString(config) + yaml);
    }

    /** Adds a line to the config's {@code forge} section, such as {@code labels: [dependencies]}. */
    public void forgeSetting(String line) throws IOException {
        Files.writeString(config, Files.readString(config).replace("  writeInterval: 0s\n", "  writeInterval: 0s\n  " + line + "\n"));
    }

    /**
     * What each branch other than {@code main} changes: every path whose content differs from main's,
     * with the id of its new content. Two deliveries compare equal whoever committed when.
     */
    public Map<String, List<String>> changes() throws IOException {
        Map<String, List<String>> changes = new TreeMap<>();
        try (Repository repo = Git.open(remote.toFile()).getRepository(); RevWalk walk = new RevWalk(repo)) {
            RevCommit main = walk.parseCommit(repo.resolve("refs/heads/main"));
            for (String branch : branches().keySet()) {
                if (branch.equals("main")) {
                    continue;
                }
                List<String> changed = new ArrayList<>();
                try (TreeWalk tree = new TreeWalk(repo)) {
                    tree.addTree(main.getTree());
                    tree.addTree(walk.parseCommit(repo.resolve("refs/heads/" + branch)).getTree());
                    tree.setRecursive(true);
                    tree.setFilter(TreeFilter.ANY_DIFF);
                    while (tree.next()) {
                        changed.add(tree.getPathString() + " " + tree.getObjectId(1).name());
                    }
                }
                changes.put(branch, changed);
            }
        }
        return changes;
    }

    /** Every branch of the remote and its tip. */
    public Map<String, String> branches() throws IOException {
        Map<String, String> tips = new TreeMap<>();
        try (Repository repo = Git.open(remote.toFile()).getRepository()) {
            for (Ref ref : repo.getRefDatabase().getRefsByPrefix("refs/heads/")) {
                tips.put(ref.getName().substring("refs/heads/".length()), ref.getObjectId().name());
            }
        }
        return tips;
    }

    public RevCommit head(String branch) throws IOException {
        try (Repository repo = Git.open(remote.toFile()).getRepository(); RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(repo.resolve("refs/heads/" + branch));
        }
    }

    public String fileOnBranch(String branch, String path) throws IOException {
        try (Repository repo = Git.open(remote.toFile()).getRepository(); RevWalk walk = new RevWalk(repo)) {
            ObjectId head = repo.resolve("refs/heads/" + branch);
            RevCommit commit = walk.parseCommit(head);
            try (TreeWalk tree = TreeWalk.forPath(repo, path, commit.getTree())) {
                return new String(repo.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The demo repository, with its mirrors pointed at the demo chart repositories by absolute path. */
    private void seedRemote() throws Exception {
        Path work = dir.resolve("seed");
        copyTree(DEMO.resolve("gitops-repo"), work);
        copyTree(DEMO.resolve("chart-repo"), charts);
        String stewardConfig = Files.readString(work.resolve(".steward/config.yaml"))
                .replace("../../chart-repo", charts.toString());
        Files.writeString(work.resolve(".steward/config.yaml"), stewardConfig);
        Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
        try (Git git = Git.init().setInitialBranch("main").setDirectory(work.toFile()).call()) {
            git.add().addFilepattern(".").call();
            PersonIdent person = new PersonIdent("Pat Person", "pat@example.com");
            git.commit().setMessage("platform").setAuthor(person).setCommitter(person).setSign(false).call();
            git.push().setRemote(remote.toUri().toString()).add("main").call();
        }
    }

    /** Copies a folder tree, as the demo fixtures are laid out. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Override
    public void close() {
        github.close();
    }
}
