package io.kubesteward.gitops.jgit;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Makes JGit see empty user, system and JGit configs, process-wide: nothing from a person's
 * {@code ~/.gitconfig} or {@code /etc/gitconfig} (signing, hooks, url rewrites, credential helpers)
 * leaks into Steward's commits, and JGit writes nothing under {@code HOME} (it would otherwise save
 * file-system timing facts to {@code ~/.config/jgit/config}), so a read-only root file system works.
 * Only each repository's own {@code .git/config}, which Steward writes, applies.
 */
final class IsolatedGitConfig extends SystemReader.Delegate {
    private IsolatedGitConfig(SystemReader delegate) {
        super(delegate);
    }

    /** Installs the isolation once; later calls do nothing. */
    static synchronized void install() {
        SystemReader current = SystemReader.getInstance();
        if (!(current instanceof IsolatedGitConfig)) {
            SystemReader.setInstance(new IsolatedGitConfig(current));
        }
    }

    @Override
    public FileBasedConfig openUserConfig(Config parent, FS fs) {
        return new EmptyConfig(parent, fs);
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
        return new EmptyConfig(parent, fs);
    }

    @Override
    public FileBasedConfig openJGitConfig(Config parent, FS fs) {
        return new EmptyConfig(parent, fs);
    }

    /** A config with no file behind it: loading reads nothing, saving writes nothing. */
    private static final class EmptyConfig extends FileBasedConfig {
        EmptyConfig(Config parent, FS fs) {
            super(parent, null, fs);
        }

        @Override
        public void load() {
            // nothing to read: that is the point
        }

        @Override
        public void save() {
            // JGit caches file-system facts here; in memory is enough for one run
        }

        @Override
        public boolean isOutdated() {
            return false;
        }

        @Override
        public String toString() {
            return "EmptyConfig";
        }
    }
}
