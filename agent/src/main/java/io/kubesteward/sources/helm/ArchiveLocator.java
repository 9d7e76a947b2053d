package io.kubesteward.sources.helm;

import io.kubesteward.http.Credentials;
import io.kubesteward.http.Redaction;
import io.kubesteward.model.Release;
import io.kubesteward.render.ArchiveLocation;
import io.kubesteward.sources.ArchiveResolver.ArchiveUnlocatable;
import io.kubesteward.sources.CredentialRule;
import io.kubesteward.sources.Mirror;
import io.kubesteward.sources.UrlPrefix;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a chart version's archive is, as Helm finds it: the index entry's first URL, resolved against
 * the repository URL when relative; then the mirror serving that URL (a folder mirror maps it to a
 * file inside the folder, never outside) and the credentials whose prefix matches the URL fetched, so
 * an archive on another host never gets the repository's credentials. Pure: no I/O.
 */
final class ArchiveLocator {
    private final HelmSourceSettings settings;

    ArchiveLocator(HelmSourceSettings settings) {
        this.settings = settings;
    }

    ArchiveLocation locate(String repository, String chart, Release release) throws ArchiveUnlocatable {
        String what = chart + " " + release.version();
        if (release.urls().isEmpty() || release.urls().get(0).isBlank()) {
            throw new ArchiveUnlocatable("the index of " + IndexLocator.displayName(repository) + " lists no archive URL for "
                    + what + " — the repository's index is incomplete; ask its maintainers");
        }
        URI archive = absolute(UrlPrefix.withoutTrailingSlash(repository.trim()), release.urls().get(0).trim(), what);
        String plain = Redaction.url(archive);
        Optional<Mirror> mirror = Mirror.forRepository(settings.mirrors(), plain);
        if (mirror.isPresent() && mirror.get().folder() != null) {
            Path file = mirror.get().folderFor(plain).orElseThrow(() -> new ArchiveUnlocatable("the archive URL of " + what
                    + " (" + ArchiveLocation.shown(plain) + ") leaves mirror folder " + mirror.get().folder() + " — check the mirror prefix"));
            return new ArchiveLocation.Local(file);
        }
        URI fetched = mirror.isPresent() ? uri(mirror.get().rewrite(plain), what) : archive;
        Credentials credentials = CredentialRule.forUrl(settings.credentials(), Redaction.url(fetched));
        return new ArchiveLocation.Remote(fetched, credentials);
    }

    private static URI absolute(String repository, String url, String what) throws ArchiveUnlocatable {
        URI resolved;
        try {
            // as Helm's ResolveReferenceURL: the slash goes on the path, and the repository's query (a pre-signed
            // token) goes with a relative archive URL
            URI base = new URI(repository);
            URI folder = new URI(base.getScheme(), base.getRawAuthority(), (base.getRawPath() == null ? "" : base.getRawPath()) + "/",
                    null, null);
            URI reference = new URI(url);
            resolved = new URI(folder.toString()).resolve(reference);
            if (!reference.isAbsolute() && reference.getRawQuery() == null && base.getRawQuery() != null) {
                resolved = new URI(resolved + "?" + base.getRawQuery());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ArchiveUnlocatable("the archive URL of " + what + " (" + ArchiveLocation.shown(url) + ") is not a URL — ask the repository's"
                    + " maintainers to fix its index");
        }
        String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || resolved.getHost() == null) {
            throw new ArchiveUnlocatable("the archive URL of " + what + " (" + ArchiveLocation.shown(resolved.toString()) + ") is not an http(s) URL"
                    + " — define a mirror for it, or ask the repository's maintainers");
        }
        return resolved;
    }

    private static URI uri(String text, String what) throws ArchiveUnlocatable {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new ArchiveUnlocatable("the mirror URL for the archive of " + what + " is not a URL: " + ArchiveLocation.shown(text));
        }
    }
}
