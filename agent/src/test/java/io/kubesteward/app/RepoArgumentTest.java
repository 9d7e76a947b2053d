package io.kubesteward.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.config.ConfigError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every form of {@code --repo}: clone URLs as given, a bare repository, and a checkout whatever its origin looks like. */
class RepoArgumentTest {
    @TempDir
    Path dir;

    private Path checkout(String origin) throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        try (Git git = Git.init().setDirectory(work.toFile()).call()) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", origin);
            config.save();
        }
        return work;
    }

    @Test
    void clone_urls_are_taken_as_given() throws Exception {
        for (String url : new String[] {"https://git.example.com/gitops.git", "ssh://git@git.example.com/gitops.git",
                "git@github.com:org/gitops.git", "github.com:org/gitops.git", "file:///srv/git/gitops.git"}) {
            assertEquals(url, RepoArgument.cloneUrl(url));
        }
    }

    @Test
    void a_bare_repository_is_its_own_file_url() throws Exception {
        Path bare = dir.resolve("origin.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        assertEquals("file://" + bare.toAbsolutePath().normalize(), RepoArgument.cloneUrl(bare.toString()));
    }

    @Test
    void a_checkout_whose_origin_is_a_plain_path_pushes_to_that_path_as_a_file_url() throws Exception {
        Path bare = dir.resolve("origin.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        assertEquals("file://" + bare.toAbsolutePath().normalize(), RepoArgument.cloneUrl(checkout(bare.toString()).toString()));
        Files.walk(dir.resolve("work")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        assertEquals("file://" + bare.toAbsolutePath().normalize(), RepoArgument.cloneUrl(checkout("../origin.git").toString()),
                "relative to the checkout, as git reads it");
    }

    @Test
    void a_checkout_whose_origin_carries_a_ci_token_gives_the_url_without_it() throws Exception {
        assertEquals("https://gitlab.example.com/ops/gitops.git",
                RepoArgument.cloneUrl(checkout("https://gitlab-ci-token:abc@gitlab.example.com/ops/gitops.git").toString()));
    }

    @Test
    void what_cannot_be_cloned_is_a_one_line_error_naming_what_to_give() throws Exception {
        ConfigError ftp = assertThrows(ConfigError.class, () -> RepoArgument.cloneUrl("ftp://example.com/gitops.git"));
        assertTrue(ftp.getMessage().contains("a URL Steward cannot clone"), ftp.getMessage());
        ConfigError folder = assertThrows(ConfigError.class, () -> RepoArgument.cloneUrl(Files.createDirectories(dir.resolve("plain")).toString()));
        assertTrue(folder.getMessage().contains("neither a git checkout (no .git) nor a bare repository"), folder.getMessage());
        assertThrows(ConfigError.class, () -> RepoArgument.cloneUrl(dir.resolve("missing").toString()));
        assertThrows(ConfigError.class, () -> RepoArgument.cloneUrl("https://user:secret@git.example.com/x.git"));
    }
}
