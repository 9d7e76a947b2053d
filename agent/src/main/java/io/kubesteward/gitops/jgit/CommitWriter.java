package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.FileContent;
import io.kubesteward.gitops.PreparedBranch;
import io.kubesteward.gitops.WorkspaceFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes one commit on top of the base head straight into the object database, as a local branch.
 * The working tree is never touched (it keeps showing the base), and no porcelain command runs, so
 * no hook takes part, and the commit is signed only when Steward's settings ask for it.
 */
final class CommitWriter {
    private final Repository repo;
    private final CommitSigner signer;

    /** {@code signer} may be null: the commit is then unsigned. */
    CommitWriter(Repository repo, CommitSigner signer) {
        this.repo = repo;
        this.signer = signer;
    }

    PreparedBranch write(String branch, ObjectId baseId, List<FileContent> files, PersonIdent author, PersonIdent committer,
                         String message) throws IOException, WorkspaceFailure {
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader();
             ObjectInserter inserter = repo.newObjectInserter()) {
            RevTree baseTree = walk.parseCommit(baseId).getTree();
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, baseTree);
            builder.finish();

            DirCacheEditor editor = index.editor();
            List<String> changed = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (FileContent file : files) {
                if (!seen.add(file.path())) {
                    throw new WorkspaceFailure("cannot commit " + branch + ": " + file.path() + " is given twice");
                }
                DirCacheEntry existing = index.getEntry(file.path());
                FileMode mode = writableMode(branch, file.path(), baseTree, reader); // a link or submodule is neither rewritten nor removed
                if (file.removed()) {
                    if (existing != null) {
                        changed.add(file.path());
                        editor.add(new DirCacheEditor.DeletePath(file.path()));
                    }
                    continue;
                }
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, file.bytes());
                if (existing != null && existing.getObjectId().equals(blob)) {
                    continue;
                }
                changed.add(file.path());
                editor.add(new DirCacheEditor.PathEdit(file.path()) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(mode);
                        entry.setObjectId(blob);
                    }
                });
            }
            editor.finish();
            if (changed.isEmpty()) {
                throw new WorkspaceFailure("nothing to commit for " + branch + ": every file given already reads as on the base"
                        + " commit " + baseId.abbreviate(7).name() + ", so the change is already made there");
            }
            ObjectId tree = index.writeTree(inserter);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            commit.setParentId(baseId);
            commit.setAuthor(author);
            commit.setCommitter(committer);
            commit.setEncoding(StandardCharsets.UTF_8);
            commit.setMessage(message);
            if (signer != null) {
                signer.sign(repo, commit, committer, branch);
            }
            ObjectId commitId = inserter.insert(commit);
            inserter.flush();
            point(branch, commitId);
            changed.sort(null);
            return new PreparedBranch(branch, commitId.name(), tree.name(), baseId.name(), changed);
        }
    }

    /** The mode to write {@code path} with, or why it cannot be written as a plain file. */
    private static FileMode writableMode(String branch, String path, RevTree baseTree, ObjectReader reader)
            throws IOException, WorkspaceFailure {
        int slash = -1;
        while ((slash = path.indexOf('/', slash + 1)) >= 0) {
            String parent = path.substring(0, slash);
            FileMode parentMode = modeAt(reader, parent, baseTree);
            if (parentMode != null && parentMode != FileMode.TREE) {
                throw new WorkspaceFailure("cannot commit " + branch + ": " + path + " would go under " + parent
                        + ", which is a file, symlink or submodule on the base branch");
            }
        }
        FileMode mode = modeAt(reader, path, baseTree);
        if (mode == null) {
            return FileMode.REGULAR_FILE;
        }
        if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
            return mode;
        }
        throw new WorkspaceFailure("cannot commit " + branch + ": " + path + " is a directory, symlink or submodule on the"
                + " base branch; Steward only rewrites plain files");
    }

    private static FileMode modeAt(ObjectReader reader, String path, RevTree tree) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
            return walk == null ? null : walk.getFileMode(0);
        }
    }

    private void point(String branch, ObjectId commitId) throws IOException, WorkspaceFailure {
        RefUpdate update = repo.updateRef(Constants.R_HEADS + branch);
        update.setNewObjectId(commitId);
        update.setForceUpdate(true);
        update.setRefLogMessage("steward: prepare " + branch, false);
        switch (update.update()) {
            case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> { }
            default -> throw new WorkspaceFailure("cannot create the local branch " + branch + " (" + update.getResult()
                    + "); delete the work directory and run again");
        }
    }
}
