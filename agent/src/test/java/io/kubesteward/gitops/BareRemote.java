package io.kubesteward.gitops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A bare repository standing in for the remote. Commits are written straight into it, which is what
 * a person's push leaves behind; {@code main} is seeded so clones never default to {@code master}.
 */
public final class BareRemote implements AutoCloseable {
    static final PersonIdent JANE = new PersonIdent("Jane Doe", "jane@example.com", Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    private final Path dir;
    private final Repository repo;

    private BareRemote(Path dir, Repository repo) {
        this.dir = dir;
        this.repo = repo;
    }

    public static BareRemote create(Path dir, Map<String, String> files) throws IOException, GitAPIException {
        Repository repo = Git.init().setBare(true).setInitialBranch("main").setDirectory(dir.toFile()).call().getRepository();
        BareRemote remote = new BareRemote(dir, repo);
        remote.commit("main", null, JANE, files, "Initial layout");
        return remote;
    }

    /** Tags the head of {@code branch}: annotated (ls-remote then also lists its peeled {@code ^{}}) or lightweight. */
    public void tag(String name, String branch, boolean annotated) throws IOException, GitAPIException {
        try (Git git = new Git(repo); org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repo)) {
            var command = git.tag().setName(name).setAnnotated(annotated).setObjectId(walk.parseCommit(head(branch)));
            if (annotated) {
                command.setTagger(JANE).setMessage("Release " + name);
            }
            command.call();
        }
    }

    String url() {
        return dir.toUri().toString();
    }

    Path dir() {
        return dir;
    }

    ObjectId head(String branch) throws IOException {
        Ref ref = repo.exactRef(Constants.R_HEADS + branch);
        return ref == null ? null : ref.getObjectId();
    }

    RevCommit commit(String branch) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(head(branch));
            walk.parseBody(c);
            return c;
        }
    }

    String read(String branch, String path) throws IOException {
        byte[] bytes = bytes(branch, path);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    byte[] bytes(String branch, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repo, path, commit(branch).getTree())) {
            return walk == null ? null : repo.open(walk.getObjectId(0)).getBytes();
        }
    }

    /** Adds a commit on top of {@code branch} (or of {@code from} when the branch does not exist yet). */
    ObjectId commit(String branch, String from, PersonIdent who, Map<String, String> files, String message) throws IOException {
        ObjectId parent = head(branch) != null ? head(branch) : from == null ? null : head(from);
        return write(branch, parent, who, who, files, message);
    }

    /** Points {@code branch} at a new commit on {@code parent}, whatever it pointed at before (a force-push). */
    ObjectId write(String branch, ObjectId parent, PersonIdent author, PersonIdent committer, Map<String, String> files,
                   String message) throws IOException {
        try (ObjectInserter inserter = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader();
             RevWalk walk = new RevWalk(repo)) {
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            if (parent != null) {
                builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, walk.parseCommit(parent).getTree());
            }
            builder.finish();
            DirCacheEditor editor = index.editor();
            for (Map.Entry<String, String> file : files.entrySet()) {
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(StandardCharsets.UTF_8));
                editor.add(new DirCacheEditor.PathEdit(file.getKey()) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(FileMode.REGULAR_FILE);
                        entry.setObjectId(blob);
                    }
                });
            }
            editor.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(index.writeTree(inserter));
            if (parent != null) {
                commit.setParentId(parent);
            }
            commit.setAuthor(author);
            commit.setCommitter(committer);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repo.updateRef(Constants.R_HEADS + branch);
            update.setNewObjectId(id);
            update.setForceUpdate(true);
            update.update();
            return id;
        }
    }

    @Override
    public void close() {
        repo.close();
    }
}
