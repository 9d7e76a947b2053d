package io.kubesteward.sources.helm;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kubesteward.model.Release;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Walks an index.yaml with Jackson's streaming YAML parser, keeping only the wanted charts and
 * skipping everything else with {@code skipChildren()}, so memory stays flat however big the index.
 */
final class IndexWalker {
    private final long maxCodePoints;
    private final YAMLFactory factory;

    IndexWalker(long maxCodePoints) {
        this.maxCodePoints = maxCodePoints;
        LoaderOptions options = new LoaderOptions();
        // deliberately above SnakeYAML's 3 MiB default: public indexes reach tens of MB
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxCodePoints));
        this.factory = YAMLFactory.builder().loaderOptions(options).build();
    }

    /** A whole index document: a mapping whose {@code entries} maps chart names to version lists. */
    ParsedIndex walkDocument(InputStream in, Set<String> wanted) throws IndexParseException, IOException {
        try (JsonParser p = factory.createParser(in)) {
            try {
                return walkDocument(p, wanted);
            } catch (JsonProcessingException e) {
                throw malformed(e, p);
            }
        }
    }

    private ParsedIndex walkDocument(JsonParser p, Set<String> wanted) throws IndexParseException, IOException {
        JsonToken root = p.nextToken();
        if (root != JsonToken.START_OBJECT) {
            throw notAnIndex(root == null ? "the file is empty" : "expected a mapping with 'entries'", p);
        }
        Map<String, List<Release>> found = new LinkedHashMap<>();
        int listed = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (key.equals("entries") && listed < 0) {
                listed = walkEntries(p, value, wanted, found, null);
            } else {
                p.skipChildren();
            }
        }
        if (listed < 0) {
            throw IndexParseException.notAnIndex("it has no 'entries'", 1, 1);
        }
        return new ParsedIndex(found, listed);
    }

    /** A bare mapping of chart names to version lists (the inside of {@code entries}). */
    ParsedIndex walkEntriesDocument(InputStream in, Set<String> wanted, List<String> keysSeen)
            throws IndexParseException, IOException {
        try (JsonParser p = factory.createParser(in)) {
            try {
                Map<String, List<Release>> found = new LinkedHashMap<>();
                int listed = walkEntries(p, p.nextToken(), wanted, found, keysSeen);
                if (p.nextToken() != null) {
                    throw IndexParseException.notAnIndex("unexpected content after the chart entries", 1, 1);
                }
                return new ParsedIndex(found, listed);
            } catch (JsonProcessingException e) {
                throw malformed(e, p);
            }
        }
    }

    private int walkEntries(JsonParser p, JsonToken value, Set<String> wanted, Map<String, List<Release>> found,
            List<String> keysSeen) throws IOException, IndexParseException {
        if (value == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (value != JsonToken.START_OBJECT) {
            throw notAnIndex("'entries' is not a mapping of chart names", p);
        }
        int listed = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            listed++;
            String chart = p.currentName();
            if (keysSeen != null) {
                keysSeen.add(chart);
            }
            JsonToken versions = p.nextToken();
            if (wanted.contains(chart) && versions == JsonToken.START_ARRAY) {
                readVersions(p, found.computeIfAbsent(chart, k -> new ArrayList<>()));
            } else {
                if (wanted.contains(chart)) {
                    found.computeIfAbsent(chart, k -> new ArrayList<>());
                }
                p.skipChildren();
            }
        }
        return listed;
    }

    private static void readVersions(JsonParser p, List<Release> into) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.START_OBJECT) {
                Release r = ChartEntryReader.read(p);
                if (r != null) {
                    into.add(r);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private IndexParseException malformed(JsonProcessingException e, JsonParser p) {
        if (e instanceof StreamConstraintsException) {
            // Jackson's own words name its API; say what is wrong with the file
            JsonLocation at = p.currentLocation();
            return new IndexParseException("is not a usable index at line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + ": " + constraint(e.getOriginalMessage()), "the repository serves a broken or hostile index.yaml; tell its maintainers, or mirror a good copy");
        }
        Throwable cause = e.getCause();
        if (cause instanceof YAMLException && String.valueOf(cause.getMessage()).contains("exceeds the limit")) {
            return IndexParseException.tooLarge(maxCodePoints);
        }
        String problem = cause instanceof MarkedYAMLException m && m.getProblem() != null
                ? m.getProblem() + (m.getContext() == null ? "" : " (" + m.getContext() + ")")
                : firstLine(e.getOriginalMessage());
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new IndexParseException("is not valid YAML" + where + ": " + problem,
                "the repository serves a broken index.yaml; tell its maintainers, or mirror a good copy");
    }

    private static String constraint(String jackson) {
        String m = String.valueOf(jackson);
        if (m.contains("nesting depth")) {
            return "collections nested deeper than " + StreamReadConstraints.DEFAULT_MAX_DEPTH + " levels, which no index is";
        }
        return firstLine(m.replaceAll(" ?\\(.*StreamReadConstraints.*\\)", ""));
    }

    private static IndexParseException notAnIndex(String why, JsonParser p) {
        JsonLocation at = p.currentTokenLocation();
        return IndexParseException.notAnIndex(why, at.getLineNr(), at.getColumnNr());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
