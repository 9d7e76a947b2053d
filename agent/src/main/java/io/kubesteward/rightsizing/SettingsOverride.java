package io.kubesteward.rightsizing;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A rule in a rightsizing policy file: settings that apply to the workloads it matches. Each match
 * list is a set of globs ({@code *}, {@code ?}); an empty list matches everything.
 *
 * @param origin where the rule is written (file:line), for messages
 */
public record SettingsOverride(List<String> namespaces, List<String> kinds, List<String> names, Map<String, String> settings,
                               String origin) {
    public SettingsOverride {
        namespaces = namespaces == null ? List.of() : List.copyOf(namespaces);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        names = names == null ? List.of() : List.copyOf(names);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    public boolean matches(String namespace, ControllerKind kind, String name) {
        return any(namespaces, namespace) && any(kinds, kind.kind()) && any(names, name);
    }

    private static boolean any(List<String> globs, String value) {
        return globs.isEmpty() || globs.stream().anyMatch(g -> glob(g).matcher(value).matches());
    }

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString());
    }
}
