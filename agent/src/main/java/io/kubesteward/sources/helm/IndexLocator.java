package io.kubesteward.sources.helm;

import io.kubesteward.http.Credentials;
import io.kubesteward.http.Redaction;
import io.kubesteward.sources.CredentialRule;
import io.kubesteward.sources.Mirror;
import io.kubesteward.sources.UrlPrefix;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Applies mirrors and credential rules to a repository URL. Pure: no I/O. */
final class IndexLocator {
    private final HelmSourceSettings settings;

    IndexLocator(HelmSourceSettings settings) {
        this.settings = settings;
    }

    /** The repository as used for grouping, stats and messages: no trailing slash, no userinfo. */
    static String displayName(String repository) {
        return Redaction.url(UrlPrefix.withoutTrailingSlash(repository.trim()));
    }

    IndexLocation locate(String repository) throws IndexUnavailable {
        String base = UrlPrefix.withoutTrailingSlash(repository.trim());
        String shown = Redaction.url(base);
        Optional<Mirror> mirror = Mirror.forRepository(settings.mirrors(), Redaction.url(base));
        if (mirror.isPresent() && mirror.get().folder() != null) {
            Path dir = mirror.get().folderFor(Redaction.url(base)).orElseThrow(() -> new IndexUnavailable(
                    "mirror folder " + mirror.get().folder() + " cannot serve " + shown
                            + ": the rest of the URL leaves the folder — check the mirror prefix"));
            return new IndexLocation.Folder(dir.resolve("index.yaml"), shown);
        }
        String url = mirror.map(m -> m.rewrite(Redaction.url(base))).orElse(base);
        URI index = indexUri(url, shown);
        Credentials credentials = CredentialRule.forUrl(settings.credentials(), Redaction.url(index));
        return new IndexLocation.Remote(index, credentials, mirror.isPresent() ? shown : null);
    }

    private static URI indexUri(String url, String shown) throws IndexUnavailable {
        try {
            URI uri = new URI(url + "/index.yaml");
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return failNotHttp(shown);
    }

    private static URI failNotHttp(String shown) throws IndexUnavailable {
        throw new IndexUnavailable("repository '" + shown + "' is not an http(s) URL"
                + " — check the repository URL, or define a mirror for it");
    }
}
