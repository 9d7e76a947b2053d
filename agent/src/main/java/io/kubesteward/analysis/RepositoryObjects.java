package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the repository has objects of a kind at an API version ({@code apiVersion:} and {@code kind:} at the top level
 * of a YAML document), for judging a CRD version that stops being served. Text only: templates are read as written.
 */
public final class RepositoryObjects {
    private static final Pattern DOCUMENT = Pattern.compile("(?m)^---.*$");
    private static final Pattern API_VERSION = Pattern.compile("(?m)^apiVersion:\\s*[\"']?([^\\s\"'#]+)");
    private static final Pattern KIND = Pattern.compile("(?m)^kind:\\s*[\"']?([^\\s\"'#]+)");
    private final Map<String, String> files;

    /** @param files the repository's text files by path */
    public RepositoryObjects(Map<String, String> files) {
        this.files = files;
    }

    public static RepositoryObjects none() {
        return new RepositoryObjects(Map.of());
    }

    /** {@code file:line} of each object of {@code kind} at {@code apiVersion}, in path order. */
    List<String> find(String apiVersion, String kind) {
        List<String> out = new ArrayList<>();
        files.keySet().stream().sorted().forEach(path -> {
            String text = files.get(path);
            if ((path.endsWith(".yaml") || path.endsWith(".yml")) && text.contains(apiVersion) && text.contains(kind)) {
                scan(path, text, apiVersion, kind, out);
            }
        });
        return out;
    }

    private static void scan(String path, String text, String apiVersion, String kind, List<String> out) {
        Matcher separators = DOCUMENT.matcher(text);
        int start = 0;
        while (true) {
            boolean more = separators.find();
            int end = more ? separators.start() : text.length();
            String doc = text.substring(start, end);
            Matcher a = API_VERSION.matcher(doc);
            Matcher k = KIND.matcher(doc);
            if (a.find() && k.find() && a.group(1).equals(apiVersion) && k.group(1).equals(kind)) {
                out.add(path + ":" + (lineOf(text, start + a.start())));
            }
            if (!more) {
                return;
            }
            start = separators.end();
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
