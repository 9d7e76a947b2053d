package io.kubesteward.planning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A declared range Steward knows how to move: one operator and a version ({@code ^1.2.0},
 * {@code ~1.2}, {@code >=1.2.0}) or a wildcard ({@code 1.2.x}, {@code 1.x}). Moving keeps its shape
 * (the "bump" strategy): {@code ^1.2.0} to 2.1.0 reads {@code ^2.1.0}, {@code 1.2.x} reads {@code 1.3.x}.
 */
record RangeValue(String operator, String base, int wildcardParts) {
    private static final Pattern OPERATOR = Pattern.compile("(\\^|~>|~|>=)\\s*(v?\\d+(\\.\\d+){0,2})");
    private static final Pattern WILDCARD = Pattern.compile("(v?\\d+)(\\.\\d+)?\\.[xX*]");

    static RangeValue parse(String text) {
        String t = text.trim();
        Matcher op = OPERATOR.matcher(t);
        if (op.matches()) {
            return new RangeValue(op.group(1), op.group(2), 0);
        }
        Matcher wc = WILDCARD.matcher(t);
        if (wc.matches()) {
            int parts = wc.group(2) == null ? 1 : 2;
            String base = wc.group(1) + (wc.group(2) == null ? ".0.0" : wc.group(2) + ".0");
            return new RangeValue("", base, parts);
        }
        return null;
    }

    /** The same range shape anchored at {@code version}. */
    String movedTo(String version) {
        if (wildcardParts == 0) {
            return operator + version;
        }
        String[] parts = version.split("[.+-]");
        return wildcardParts == 1 ? parts[0] + ".x" : parts[0] + "." + (parts.length > 1 ? parts[1] : "0") + ".x";
    }
}
