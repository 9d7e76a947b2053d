package io.kubesteward.addons;

import java.util.regex.Pattern;

/** How drift compares version texts: exact versions only, a leading {@code v} ignored (Helm writes both). */
final class Versions {
    private static final Pattern EXACT = Pattern.compile("v?\\d+(\\.\\d+){0,3}([-+][0-9A-Za-z.-]+)*");

    private Versions() {
    }

    /** A single version rather than a range, a wildcard or a name such as {@code latest}. */
    static boolean exact(String value) {
        return value != null && EXACT.matcher(value.trim()).matches();
    }

    static boolean same(String a, String b) {
        return a != null && b != null && bare(a).equals(bare(b));
    }

    private static String bare(String version) {
        String v = version.trim();
        return v.startsWith("v") ? v.substring(1) : v;
    }
}
