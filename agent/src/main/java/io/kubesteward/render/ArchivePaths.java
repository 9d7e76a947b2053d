package io.kubesteward.render;

/** The path of an archive entry as Helm's loader reads it, or the reason it may not be read. Pure. */
final class ArchivePaths {
    private ArchivePaths() {
    }

    static String normalise(String raw, String what) throws ArchiveRefused {
        String path = raw.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            throw new ArchiveRefused(what + " holds the absolute path '" + printable(raw) + "'; a chart's files are relative to it");
        }
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                throw new ArchiveRefused(what + " holds '" + printable(raw) + "', which reaches outside the chart (chart illegally"
                        + " references parent directory, as Helm says); it is not read");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                throw new ArchiveRefused(what + " holds the malformed path '" + printable(raw) + "'");
            }
        }
        return path;
    }

    private static String printable(String raw) {
        String cut = raw.length() > 200 ? raw.substring(0, 200) + "…" : raw;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
