package io.kubesteward.declarations.annotations.comment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code # renovate: datasource=… depName=…} comment (or {@code # steward: …}), read as
 * Renovate's documented {@code customManagers} presets read it: {@code key=value} fields without
 * spaces, with {@code datasource}, {@code depName}, {@code packageName} (or the older
 * {@code lookupName}), {@code versioning}, {@code extractVersion} and {@code registryUrl}. Unlike
 * those presets, the fields may come in any order. {@code # renovate: image=NAME} (the
 * {@code helmChartYamlAppVersions} preset) means {@code datasource=docker depName=NAME}.
 */
public record AnnotationComment(String marker, Map<String, String> fields) {
    private static final Pattern COMMENT = Pattern.compile("^\\s*#\\s*(renovate|steward):(.*)$");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+)=(\\S+)");

    public AnnotationComment {
        fields = Map.copyOf(fields);
    }

    /**
     * The annotation a line holds, or null when it holds none. A marker comment without a
     * {@code datasource} (nor {@code image}) is meant for some other tool and is not one.
     */
    public static AnnotationComment parse(String line) {
        Matcher comment = COMMENT.matcher(line);
        if (!comment.matches()) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(comment.group(2));
        while (field.find()) {
            fields.putIfAbsent(field.group(1), field.group(2));
        }
        if (!fields.containsKey("datasource") && fields.containsKey("image")) {
            fields.put("datasource", "docker");
            fields.putIfAbsent("depName", fields.get("image"));
        }
        if (!fields.containsKey("packageName") && fields.containsKey("lookupName")) {
            fields.put("packageName", fields.get("lookupName"));
        }
        return fields.containsKey("datasource") ? new AnnotationComment(comment.group(1), fields) : null;
    }

    public String datasource() {
        return fields.get("datasource");
    }

    public String depName() {
        return fields.get("depName");
    }

    /** The name to look up: {@code packageName} when given, else {@code depName}. */
    public String lookupName() {
        return fields.getOrDefault("packageName", fields.get("depName"));
    }

    public String registryUrl() {
        return fields.get("registryUrl");
    }

    public String versioning() {
        return fields.get("versioning");
    }

    public String extractVersion() {
        return fields.get("extractVersion");
    }
}
