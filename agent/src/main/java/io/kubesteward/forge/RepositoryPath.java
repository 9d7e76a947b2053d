package io.kubesteward.forge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Checks and encodes a repository's name as each forge's routes need it. */
public final class RepositoryPath {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_.-]*");

    private RepositoryPath() {
    }

    static String check(ForgeKind kind, String repository) {
        String r = repository == null ? "" : repository.strip().replaceAll("^/+|/+$", "").replaceAll("\\.git$", "");
        String[] parts = r.split("/", -1);
        boolean shapeOk = kind == ForgeKind.GITLAB ? parts.length >= 2 : parts.length == 2;
        for (String p : parts) {
            shapeOk &= SEGMENT.matcher(p).matches() && !p.equals("..") && !p.equals(".");
        }
        if (!shapeOk) {
            String expected = kind == ForgeKind.GITLAB ? "group/project or group/subgroup/project" : "owner/name";
            throw new IllegalArgumentException("the repository for " + kind.displayName() + " must look like "
                    + expected + ", not '" + repository + "'");
        }
        return r;
    }

    /** GitLab's project id in a route: the whole path as one segment, {@code group%2Fproject}. */
    public static String gitLabProjectId(String repository) {
        return URLEncoder.encode(repository, StandardCharsets.UTF_8);
    }

    /** One value in a query string. */
    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One segment of a route: {@code owner} or {@code name} (already checked to need no escaping). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
