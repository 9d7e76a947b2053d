package io.kubesteward.sources;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where to read a repository instead of its own URL: a repository URL starting with
 * {@code prefix} is read from {@code url} + the rest of the URL, or from the local {@code folder}
 * (+ the rest, as sub-folders) that holds the index file. Exactly one of url and folder is set.
 */
public record Mirror(String prefix, String url, Path folder) {
    public Mirror {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("a mirror needs a prefix");
        }
        if ((url == null) == (folder == null)) {
            throw new IllegalArgumentException("mirror for '" + prefix + "' needs exactly one of url and folder");
        }
    }

    public static Mirror toUrl(String prefix, String url) {
        return new Mirror(prefix, url, null);
    }

    public static Mirror toFolder(String prefix, Path folder) {
        return new Mirror(prefix, null, folder);
    }

    /** Whether this mirror serves the repository whose base URL (no trailing slash) is given. */
    public boolean serves(String repositoryUrl) {
        return UrlPrefix.matches(prefix, repositoryUrl + "/");
    }

    /** The part of the repository URL after the prefix. */
    public String rest(String repositoryUrl) {
        return (repositoryUrl + "/").substring(prefix.length());
    }

    /** The mirror URL standing for the repository (for a URL mirror). */
    public String rewrite(String repositoryUrl) {
        return UrlPrefix.withoutTrailingSlash(UrlPrefix.join(url, rest(repositoryUrl)));
    }

    /** The folder standing for the repository (for a folder mirror); empty if the rest would leave the folder. */
    public Optional<Path> folderFor(String repositoryUrl) {
        Path root = folder.toAbsolutePath().normalize();
        String rest = rest(repositoryUrl).replaceAll("^/+|/+$", "");
        Path resolved = rest.isEmpty() ? root : root.resolve(rest).normalize();
        return resolved.startsWith(root) ? Optional.of(resolved) : Optional.empty();
    }

    /** The longest-prefix mirror among {@code mirrors} for a repository. */
    public static Optional<Mirror> forRepository(Iterable<Mirror> mirrors, String repositoryUrl) {
        Mirror best = null;
        for (Mirror m : mirrors) {
            if (m.serves(repositoryUrl) && (best == null || m.prefix().length() > best.prefix().length())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }
}
