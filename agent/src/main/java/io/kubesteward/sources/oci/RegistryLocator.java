package io.kubesteward.sources.oci;

import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.Mirror;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns a package into the registry API address to ask, mirrors applied. Pure: no I/O. */
final class RegistryLocator {
    private static final String OCI = "oci://";
    /** The OCI distribution spec's repository name grammar. */
    private static final Pattern PATH = Pattern.compile(
            "[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*)*");
    private static final Pattern HOST = Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\\[[0-9a-f:]+\\])(?::[0-9]{1,5})?");

    private final List<Mirror> mirrors = new ArrayList<>();
    private final List<String> insecure;

    RegistryLocator(OciSourceSettings settings) {
        for (Mirror m : settings.mirrors()) {
            // a prefix with http(s):// is a Helm repository mirror; OCI prefixes are host/path or oci://host/path
            String p = withoutOci(m.prefix());
            if (!p.contains("://")) {
                mirrors.add(new Mirror(p, m.url(), m.folder()));
            }
        }
        this.insecure = settings.insecure();
    }

    /** The repository as people wrote it, for grouping and messages. */
    static String display(PackageRef pkg) {
        String repo = pkg.repository().trim();
        return SourceKind.OCI_CHART.equals(pkg.kind()) ? trimSlashes(repo) + "/" + pkg.name() : repo + "/" + pkg.name();
    }

    RegistryAddress locate(PackageRef pkg) throws RegistryFailure {
        String display = display(pkg);
        String canonical = canonical(pkg, display);
        Optional<Mirror> mirror = Mirror.forRepository(mirrors, canonical);
        if (mirror.isEmpty()) {
            return address(display, null, canonical, null);
        }
        if (mirror.get().folder() != null) {
            throw new RegistryFailure("mirror folder " + mirror.get().folder() + " cannot serve " + display
                    + ": folders serve Helm repositories only — configure a registry URL as the mirror");
        }
        String rewritten = mirror.get().rewrite(canonical);
        String scheme = null;
        int sep = rewritten.indexOf("://");
        if (sep > 0) {
            scheme = rewritten.substring(0, sep).toLowerCase(Locale.ROOT);
            rewritten = rewritten.substring(sep + 3);
            if (scheme.equals("oci")) {
                scheme = null;
            } else if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new RegistryFailure("mirror '" + mirror.get().url() + "' for " + display
                        + " is not a registry address — write it as host[:port]/path, optionally with https:// or http://");
            }
        }
        return address(display, scheme, rewritten, display);
    }

    private static String canonical(PackageRef pkg, String display) throws RegistryFailure {
        if (SourceKind.OCI_CHART.equals(pkg.kind())) {
            if (!display.regionMatches(true, 0, OCI, 0, OCI.length())) {
                throw new RegistryFailure("'" + pkg.repository() + "' is not an oci:// repository");
            }
            return lowerCaseHost(display.substring(OCI.length()));
        }
        String host = pkg.repository().trim().toLowerCase(Locale.ROOT);
        String name = pkg.name().trim();
        boolean officialImage = RegistryHosts.isDockerHub(host) && !name.contains("/");
        return host + "/" + (officialImage ? "library/" + name : name);
    }

    private static String lowerCaseHost(String hostAndPath) {
        int slash = hostAndPath.indexOf('/');
        return slash < 0 ? hostAndPath.toLowerCase(Locale.ROOT)
                : hostAndPath.substring(0, slash).toLowerCase(Locale.ROOT) + hostAndPath.substring(slash);
    }

    private RegistryAddress address(String display, String scheme, String hostAndPath, String mirrorOf)
            throws RegistryFailure {
        String text = trimSlashes(hostAndPath);
        int slash = text.indexOf('/');
        String host = slash < 0 ? text.toLowerCase(Locale.ROOT) : text.substring(0, slash).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : text.substring(slash + 1);
        String where = mirrorOf == null ? display : text + " (mirror for " + mirrorOf + ")";
        if (!HOST.matcher(host).matches()) {
            throw new RegistryFailure("'" + host + "' in " + where + " is not a registry host name");
        }
        if (!PATH.matcher(path).matches()) {
            throw new RegistryFailure("'" + path + "' in " + where + " is not a valid repository name (lower-case"
                    + " letters, digits and . _ - separated by /)");
        }
        String s = scheme != null ? scheme : RegistryHosts.scheme(host, insecure);
        URI base = URI.create(s + "://" + RegistryHosts.apiHost(host));
        return new RegistryAddress(display, base, RegistryCredentials.registryKey(host), path, mirrorOf);
    }

    private static String withoutOci(String s) {
        String t = s.trim();
        return t.regionMatches(true, 0, OCI, 0, OCI.length()) ? t.substring(OCI.length()) : t;
    }

    private static String trimSlashes(String s) {
        return s.replaceAll("^/+|/+$", "");
    }
}
