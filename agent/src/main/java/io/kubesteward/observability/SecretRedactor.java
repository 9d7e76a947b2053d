package io.kubesteward.observability;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Scrubs secrets from log output: every value registered (tokens and passwords, as the composition
 * root reads them), and by shape the credentials nobody registered: a URL's {@code user:password@},
 * an {@code Authorization} header's value, GitHub and GitLab tokens.
 */
public final class SecretRedactor {
    static final String MASK = "***";
    /** Shorter values would mask parts of ordinary words. */
    static final int MIN_LENGTH = 4;
    private static final SecretRedactor GLOBAL = new SecretRedactor();
    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("(?<=://)[^/\\s@\"']+@"), MASK + "@"),
            new Shape(Pattern.compile("(?i)(authorization[\"']?\\s*[:=]\\s*[\"']?(?:bearer|basic|token)?\\s*)[^\\s\"',;]+"), "$1" + MASK),
            new Shape(Pattern.compile("(?i)\\b(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}"), "$1" + MASK),
            new Shape(Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,})"), MASK));

    private final CopyOnWriteArrayList<String> secrets = new CopyOnWriteArrayList<>();

    /** The redactor every logger of the process uses. */
    public static SecretRedactor global() {
        return GLOBAL;
    }

    /** From now on {@code secret} never appears in a log line. Null and very short values are ignored. */
    public void register(String secret) {
        if (secret == null || secret.strip().length() < MIN_LENGTH || secrets.contains(secret)) {
            return;
        }
        secrets.add(secret);
        // longest first, so a secret containing another is masked whole
        secrets.sort(Comparator.comparingInt(String::length).reversed());
    }

    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        for (Shape shape : SHAPES) {
            out = shape.pattern().matcher(out).replaceAll(shape.replacement());
        }
        return out;
    }

    private record Shape(Pattern pattern, String replacement) {
    }
}
