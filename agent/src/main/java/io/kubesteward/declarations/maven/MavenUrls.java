package io.kubesteward.declarations.maven;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Maven repository layout URLs; the repository root is the path up to the first well-known root folder. */
final class MavenUrls {
    private static final Pattern ROOTED = Pattern.compile(
            "(https?://[^/?#]+(?:/[^/?#]+)*?/(?:maven2|maven|m2|repository/[^/?#]+|artifactory/[^/?#]+))/([^?#]+)");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");
    private static final List<String> EXTENSIONS = List.of(".jar", ".zip", ".tgz", ".tar.gz", ".war", ".pom");

    private MavenUrls() {
    }

    /** The coordinates {@code url} downloads, or null when it does not follow the layout. */
    static MavenUrl parse(String url) {
        Matcher matcher = ROOTED.matcher(url);
        if (!matcher.lookingAt()) {
            return null;
        }
        String[] segments = matcher.group(2).split("/", -1);
        int count = segments.length;
        if (count < 4) {
            return null;
        }
        String artifact = segments[count - 3];
        String version = segments[count - 2];
        String fileName = segments[count - 1];
        String filePrefix = artifact + "-" + version;
        if (!VERSION.matcher(version).matches() || !fileName.startsWith(filePrefix) || !hasKnownExtension(fileName)) {
            return null;
        }
        char afterVersion = fileName.length() > filePrefix.length() ? fileName.charAt(filePrefix.length()) : ' ';
        if (afterVersion != '.' && afterVersion != '-') {
            return null;
        }
        StringBuilder group = new StringBuilder();
        for (int i = 0; i < count - 3; i++) {
            if (!SEGMENT.matcher(segments[i]).matches()) {
                return null;
            }
            group.append(i == 0 ? "" : ".").append(segments[i]);
        }
        if (!SEGMENT.matcher(artifact).matches()) {
            return null;
        }
        int fileStart = matcher.end(2) - fileName.length();
        int versionStart = fileStart - 1 - version.length();
        return new MavenUrl(matcher.group(1), group.toString(), artifact, version, versionStart, fileStart + artifact.length() + 1);
    }

    private static boolean hasKnownExtension(String fileName) {
        return EXTENSIONS.stream().anyMatch(fileName::endsWith);
    }
}
