package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.RightsizingMessages;
import io.kubesteward.model.MergedRightsizing;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The rightsizing changes that reached the checked-out branch since a time, read from its first-parent history
 * (what was merged into it, when): each commit's message, a merge's merged commits' messages, and reverts of any of
 * them within the window. A folder that is not a git checkout, or a shallow one, simply has less history.
 */
public final class RightsizingHistory {
    /** How far back the base branch's history is read: past RIGHTSIZING.md's 7-day cooldown and 14-day OOM lookback. */
    public static final java.time.Duration WINDOW = java.time.Duration.ofDays(60);
    /** How many commits a merge brings in that are read; a rightsizing branch has one. */
    private static final int MERGED_COMMITS = 50;
    private static final int COMMITS = 5_000;

    private RightsizingHistory() {
    }

    /** @throws IOException when the repository exists but cannot be read */
    public static List<MergedRightsizing> since(Path root, Instant since) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile()).setMustExist(true);
        if (builder.getGitDir() == null) {
            return List.of();
        }
        try (Repository repo = builder.build(); RevWalk walk = new RevWalk(repo)) {
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null) {
                return List.of();
            }
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(head));
            List<MergedRightsizing> out = new ArrayList<>();
            Map<String, Instant> reverts = new HashMap<>();
            int seen = 0;
            for (RevCommit commit : walk) {
                Instant at = Instant.ofEpochSecond(commit.getCommitTime());
                if (++seen > COMMITS) {
                    break;
                }
                if (at.isBefore(since)) {
                    continue; // first-parent times are not monotonic: a fast-forwarded old commit must not hide later merges
                }
                List<MergedRightsizing> changes = new ArrayList<>(RightsizingMessages.changes(commit.getFullMessage(), at));
                if (commit.getParentCount() > 1) {
                    changes.addAll(merged(repo, commit, at, reverts));
                }
                Optional<String> reverted = RightsizingMessages.reverted(commit.getFullMessage());
                reverted.ifPresent(sha -> reverts.put(sha, at));
                out.addAll(changes);
                String name = commit.getName();
                reverts.entrySet().stream().filter(e -> name.startsWith(e.getKey())).findFirst()
                        .ifPresent(e -> out.addAll(RightsizingMessages.revertedAt(changes, e.getValue())));
            }
            return out;
        }
    }

    /** The changes of the commits a merge commit brings in (reachable from its second parent, not its first). */
    private static List<MergedRightsizing> merged(Repository repo, RevCommit merge, Instant at, Map<String, Instant> reverts) throws IOException {
        List<MergedRightsizing> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(merge.getParent(1)));
            walk.markUninteresting(walk.parseCommit(merge.getParent(0)));
            int n = 0;
            for (RevCommit c : walk) {
                if (++n > MERGED_COMMITS) {
                    break;
                }
                out.addAll(RightsizingMessages.changes(c.getFullMessage(), at));
                // a revert merged as a pull request of its own counts from the merge
                RightsizingMessages.reverted(c.getFullMessage()).ifPresent(sha -> reverts.put(sha, at));
            }
        }
        return out;
    }
}
