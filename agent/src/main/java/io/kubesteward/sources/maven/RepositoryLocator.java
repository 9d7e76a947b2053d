package io.kubesteward.sources.maven;

import io.kubesteward.http.Credentials;
import io.kubesteward.http.HttpSettings;
import io.kubesteward.http.Redaction;
import io.kubesteward.sources.CredentialRule;
import io.kubesteward.sources.Mirror;
import io.kubesteward.sources.UrlPrefix;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies mirrors, credential rules and the allowed hosts to a repository URL. Pure: no I/O. The
 * allowed hosts are checked here because Maven Resolver has its own HTTP client, which knows
 * nothing of Steward's.
 */
final class RepositoryLocator {
    private final MavenSourceSettings settings;
    private final HttpSettings http;

    RepositoryLocator(MavenSourceSettings settings, HttpSettings http) {
        this.settings = settings;
        this.http = http;
    }

    /** The repository as used for grouping, stats and messages: no trailing slash, no userinfo. */
    static String displayName(String repository) {
        return Redaction.url(UrlPrefix.withoutTrailingSlash(repository.trim()));
    }

    RepositoryTarget locate(String repository) throws ArtifactUnavailable {
        String base = UrlPrefix.withoutTrailingSlash(repository.trim());
        String shown = Redaction.url(base);
        Optional<Mirror> mirror = Mirror.forRepository(settings.mirrors(), shown);
        if (mirror.isPresent() && mirror.get().folder() != null) {
            Path dir = mirror.get().folderFor(shown).orElseThrow(() -> new ArtifactUnavailable(
                    "mirror folder " + mirror.get().folder() + " cannot serve " + shown
                            + ": the rest of the URL leaves the folder — check the mirror prefix"));
            return new RepositoryTarget.Folder(dir, shown);
        }
        String url = mirror.map(m -> m.rewrite(shown)).orElse(base);
        URI uri = httpUri(url, shown);
        String contacted = Redaction.url(url);
        if (!http.allows(uri.getHost(), uri.getPort())) {
            throw new ArtifactUnavailable("blocked: host '" + uri.getHost() + "' of " + contacted
                    + " is not among the allowed hosts " + http.allowedHosts()
                    + " (checked before Maven Resolver connects) — add it to the allowed hosts, or configure a mirror for "
                    + shown);
        }
        Credentials credentials = CredentialRule.forUrl(settings.credentials(), contacted + "/");
        if (credentials.isNone() && mirror.isEmpty()) {
            credentials = fromUserInfo(uri.getRawUserInfo());
        }
        if (!credentials.isNone() && credentials.applyBasic((user, password) -> true).isEmpty()) {
            throw new ArtifactUnavailable("the credentials for " + contacted + " are a bearer token, which Maven"
                    + " repositories are not read with — configure a username and password (most repository"
                    + " managers take a token as the password)");
        }
        return new RepositoryTarget.Remote(contacted, credentials, shown, mirror.isPresent());
    }

    private static URI httpUri(String url, String shown) throws ArtifactUnavailable {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ArtifactUnavailable("repository '" + shown + "' is not an http(s) URL"
                + " — check the repository URL, or define a mirror for it");
    }

    private static Credentials fromUserInfo(String rawUserInfo) {
        if (rawUserInfo == null || rawUserInfo.isEmpty()) {
            return Credentials.none();
        }
        int colon = rawUserInfo.indexOf(':');
        String user = colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon);
        String password = colon < 0 ? "" : rawUserInfo.substring(colon + 1);
        return Credentials.basic(decode(user), decode(password));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return s;
        }
    }
}
