package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.BranchOwnership;
import io.kubesteward.gitops.BranchRules;
import io.kubesteward.gitops.CommitMessages;
import io.kubesteward.gitops.CommitSummary;
import io.kubesteward.gitops.FileContent;
import io.kubesteward.gitops.GitIdentity;
import io.kubesteward.gitops.PreparedBranch;
import io.kubesteward.gitops.PushOutcome;
import io.kubesteward.gitops.PushStatus;
import io.kubesteward.gitops.RemoteBranch;
import io.kubesteward.gitops.Workspace;
import io.kubesteward.gitops.WorkspaceFailure;
import io.kubesteward.gitops.WorkspaceSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/** The {@link Workspace} on JGit. Open with {@link #open(WorkspaceSettings)}; close when the run ends. */
public final class JGitWorkspace implements Workspace {
    private final Git git;
    private final WorkspaceSettings settings;
    private final BranchRules rules;
    private final Path root;
    private final ObjectId base;
    private final RemoteAccess access;
    private final Pusher pusher;
    private final CommitSigner signer;
    private final Clock clock;

    private JGitWorkspace(Git git, WorkspaceSettings settings, Path root, ObjectId base, RemoteAccess access, CommitSigner signer,
                          Clock clock) {
        this.git = git;
        this.settings = settings;
        this.rules = settings.branchRules();
        this.root = root;
        this.base = base;
        this.access = access;
        this.pusher = new Pusher(git, access);
        this.signer = signer;
        this.clock = clock;
    }

    /** Clones or opens the workspace; commit times are read from {@code clock}. */
    public static JGitWorkspace open(WorkspaceSettings settings, Clock clock) throws WorkspaceFailure {
        IsolatedGitConfig.install();
        Scrubber scrubber = new Scrubber(settings.credentials(), passphrases(settings));
        String uri = RemoteUrls.check(settings, scrubber);
        Path root = settings.workDir().toAbsolutePath().normalize();
        CommitSigner signer = settings.signing() == null ? null : CommitSigner.open(settings.signing(), scrubber);
        RemoteAccess access = RemoteAccess.open(settings, uri, root, scrubber);
        try {
            RemoteSync sync = new RemoteSync(settings, uri, access);
            Git git = sync.open(root);
            try {
                return new JGitWorkspace(git, settings, root, sync.baseHead(git.getRepository()), access, signer, clock);
            } catch (IOException e) {
                git.close();
                throw new WorkspaceFailure("cannot read the fetched base branch in " + root + ": " + e.getMessage()
                        + ". Delete the work directory and run again.");
            }
        } catch (WorkspaceFailure | RuntimeException e) {
            access.close();
            throw e;
        }
    }

    private static List<String> passphrases(WorkspaceSettings settings) {
        List<String> passphrases = new ArrayList<>();
        if (settings.ssh() != null) {
            passphrases.add(settings.ssh().passphrase());
        }
        if (settings.signing() != null) {
            passphrases.add(settings.signing().passphrase());
        }
        return passphrases;
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public String baseBranch() {
        return settings.baseBranch();
    }

    @Override
    public String baseCommit() {
        return base.name();
    }

    @Override
    public List<RemoteBranch> stewardBranches() throws WorkspaceFailure {
        String prefix = RemoteSync.trackingRef("");
        List<RemoteBranch> branches = new ArrayList<>();
        try {
            for (Ref ref : repo().getRefDatabase().getRefsByPrefix(RemoteSync.trackingRef(settings.branchPrefix()))) {
                branches.add(new RemoteBranch(ref.getName().substring(prefix.length()), ref.getObjectId().name()));
            }
        } catch (IOException e) {
            throw new WorkspaceFailure("cannot list the fetched branches in " + root + ": " + e.getMessage()
                    + ". Delete the work directory and run again.");
        }
        branches.sort(Comparator.comparing(RemoteBranch::name));
        return branches;
    }

    @Override
    public PreparedBranch branchFromBase(String branch, List<FileContent> files, String message) throws WorkspaceFailure {
        refuseUnlessStewards(branch);
        GitIdentity committer = settings.committer();
        String text = CommitMessages.compose(message, settings.signOff() ? committer : null);
        try {
            return new CommitWriter(repo(), signer).write(branch, base, files, person(settings.author()), person(committer), text);
        } catch (IOException e) {
            throw new WorkspaceFailure("cannot commit " + branch + " in " + root + ": " + e.getMessage()
                    + ". Check free space on the work volume; delete the work directory if it persists.");
        }
    }

    @Override
    public PushOutcome push(PreparedBranch branch) throws WorkspaceFailure {
        refuseUnlessStewards(branch.name());
        ObjectId commit = ObjectId.fromString(branch.commitId());
        Optional<ObjectId> remote = remoteHead(branch.name());
        if (remote.isEmpty()) {
            return pusher.push(branch.name(), commit, null);
        }
        RevCommit head = parse(remote.get());
        Optional<String> foreign = BranchOwnership.whyNotStewards(branch.name(), summary(head), settings.author(), settings.committer());
        if (foreign.isPresent()) {
            return new PushOutcome(branch.name(), PushStatus.NOT_STEWARDS, foreign.get(), remote.get().name());
        }
        if (head.getParent(0).name().equals(branch.baseCommitId()) && head.getTree().name().equals(branch.treeId())) {
            return new PushOutcome(branch.name(), PushStatus.UP_TO_DATE, branch.name() + " already holds the same change on "
                    + settings.baseBranch() + " at " + base.abbreviate(7).name() + "; nothing pushed", remote.get().name());
        }
        return pusher.push(branch.name(), commit, remote.get());
    }

    @Override
    public PushOutcome deleteRemoteBranch(String branch) throws WorkspaceFailure {
        refuseUnlessStewards(branch);
        Optional<ObjectId> remote = remoteHead(branch);
        if (remote.isEmpty()) {
            return new PushOutcome(branch, PushStatus.UP_TO_DATE, branch + " is not on the remote; nothing to delete", null);
        }
        Optional<String> foreign = BranchOwnership.whyNotStewards(branch, summary(parse(remote.get())), settings.author(),
                settings.committer());
        if (foreign.isPresent()) {
            return new PushOutcome(branch, PushStatus.NOT_STEWARDS, foreign.get(), remote.get().name());
        }
        return pusher.delete(branch, remote.get());
    }

    @Override
    public void close() {
        git.close();
        access.close();
    }

    private void refuseUnlessStewards(String branch) throws WorkspaceFailure {
        Optional<String> refusal = rules.refusal(branch);
        if (refusal.isPresent()) {
            throw new WorkspaceFailure(refusal.get());
        }
        if (!Repository.isValidRefName(Constants.R_HEADS + branch)) {
            throw new WorkspaceFailure("refusing branch name " + branch + ": git does not accept it as a branch name");
        }
    }

    private Optional<ObjectId> remoteHead(String branch) throws WorkspaceFailure {
        try {
            Ref ref = repo().exactRef(RemoteSync.trackingRef(branch));
            return Optional.ofNullable(ref).map(Ref::getObjectId);
        } catch (IOException e) {
            throw new WorkspaceFailure("cannot read the fetched " + branch + " in " + root + ": " + e.getMessage()
                    + ". Delete the work directory and run again.");
        }
    }

    /** The commit as written, parents included: in a shallow clone a walk would hide the parents. */
    private RevCommit parse(ObjectId id) throws WorkspaceFailure {
        try {
            return RevCommit.parse(repo().open(id, Constants.OBJ_COMMIT).getCachedBytes());
        } catch (IOException e) {
            throw new WorkspaceFailure("cannot read commit " + id.name() + " in " + root + ": " + e.getMessage()
                    + ". Delete the work directory and run again.");
        }
    }

    private static CommitSummary summary(RevCommit c) {
        return new CommitSummary(c.name(), c.getAuthorIdent().getName(), c.getAuthorIdent().getEmailAddress(),
                c.getCommitterIdent().getEmailAddress(), c.getParentCount());
    }

    private PersonIdent person(GitIdentity identity) {
        return new PersonIdent(identity.name(), identity.email(), clock.instant(), ZoneOffset.UTC);
    }

    private Repository repo() {
        return git.getRepository();
    }

    @Override
    public String toString() {
        return "JGitWorkspace[" + root + ", base " + settings.baseBranch() + "]";
    }
}
