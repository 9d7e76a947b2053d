package io.kubesteward.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns Jackson's binding exceptions into one-line messages that name the field and what is allowed. */
final class ConfigErrors {
    private ConfigErrors() {
    }

    static ConfigError from(String file, String content, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        if (!(e instanceof JsonMappingException)) {
            // the scanner names the context first and the problem last: the problem's mark is where it is
            java.util.regex.Matcher mark = MARK.matcher(String.valueOf(e.getOriginalMessage()));
            while (mark.find()) {
                line = Integer.parseInt(mark.group(1));
                column = Integer.parseInt(mark.group(2));
            }
        }
        java.util.regex.Matcher twice = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (e instanceof UnrecognizedPropertyException u && line > 0) {
            int[] key = KeyPosition.find(content, u.getPropertyName(), line);
            if (key != null) {
                line = key[0];
                column = key[1];
            }
        } else if (line > 0 && twice.find()) {
            int[] key = KeyPosition.find(content, twice.group(1), line);
            if (key != null) {
                line = key[0];
                column = key[1];
            }
        } else if (e instanceof ValueInstantiationException && line > 0 && column == 1) {
            // a record refused its values: Jackson points past the mapping; the message names the key at fault
            String message = describe(e);
            java.util.regex.Matcher top = TOP_LEVEL.matcher(message);
            java.util.regex.Matcher named = NAMED_KEY.matcher(message);
            int[] key = top.find() ? KeyPosition.topLevel(content, top.group(1))
                    : named.find() ? KeyPosition.find(content, named.group(1), line) : null;
            if (key != null) {
                line = key[0];
                column = key[1];
            }
        }
        return new ConfigError(file, line, column, describe(e));
    }

    /** The document's own keys, which may sit anywhere in it (the end included): found from the top. */
    private static final java.util.regex.Pattern TOP_LEVEL = java.util.regex.Pattern.compile("^(apiVersion|kind) must be");

    private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile(" line (\\d+), column (\\d+)");
    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("Duplicate field '([^']*)'");
    private static final java.util.regex.Pattern NAMED_KEY = java.util.regex.Pattern.compile("'([A-Za-z][A-Za-z0-9]*)'");

    private static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? path(m) : "";
        String in = path.isEmpty() ? "" : " in " + path;
        java.util.regex.Matcher twice = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (twice.find()) {
            return "key '" + twice.group(1) + "' is written twice" + in + "; keep one (YAML would silently take the last)";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String key = u.getPropertyName();
            String hint = key.equals("password") || key.equals("token")
                    ? "; secrets are never written inline: use passwordFrom/tokenFrom with env or file"
                    : "";
            String where = parentPath(u);
            return "unknown key '" + key + "'" + (where.isEmpty() ? "" : " in " + where)
                    + "; allowed: " + allowed(u.getKnownPropertyIds()) + hint;
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return rootMessage(v.getCause()) + in;
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String values = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            return "'" + f.getValue() + "' is not allowed" + in + "; allowed: " + values;
        }
        if (e instanceof JsonMappingException m && m.getCause() instanceof IllegalArgumentException iae) {
            return iae.getMessage() + in;
        }
        if (e instanceof MismatchedInputException mi) {
            String original = mi.getOriginalMessage();
            if (original.startsWith("Missing required creator property")) {
                String name = original.replaceAll(".*'([^']+)'.*", "$1");
                return "required key '" + name + "' is missing" + in;
            }
            if (mi.getTargetType() != null) {
                return "expected " + expected(mi.getTargetType()) + in;
            }
        }
        if (!(e instanceof JsonMappingException)) {
            // the scanner's first line is its context ("while scanning for the next token"); the cause is on the next
            String text = String.valueOf(e.getOriginalMessage());
            String cause = text.lines().skip(1).filter(l -> !l.isBlank() && !l.contains(" line ") && !l.strip().startsWith("^"))
                    .map(String::strip).findFirst().orElse(null);
            return "not valid YAML: " + firstLine(text) + (cause == null ? "" : ": " + cause);
        }
        return firstLine(e.getOriginalMessage()) + in;
    }

    private static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a text value";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        return "a mapping of keys";
    }

    private static String rootMessage(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static String allowed(Collection<Object> known) {
        return known == null ? "(none)" : known.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            }
        }
        return out.toString();
    }

    private static String parentPath(JsonMappingException e) {
        String full = path(e);
        int cut = Math.max(full.lastIndexOf('.'), full.lastIndexOf('['));
        if (cut < 0) {
            return "";
        }
        return full.charAt(cut) == '[' ? full : full.substring(0, cut);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
