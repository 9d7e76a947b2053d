package io.kubesteward.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every mirror folder the merged layers end up with must exist: a mirror that points nowhere fails every lookup it
 * serves, so it is refused where it is written (the layer that wins for its prefix), not found out run by run.
 */
final class MirrorFolders {
    private MirrorFolders() {
    }

    static void check(List<ConfigDocument> docs, List<String> names) throws ConfigError {
        Map<String, Integer> winner = new LinkedHashMap<>();
        Map<String, MirrorConfig> mirrors = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (MirrorConfig m : docs.get(i).mirrors()) {
                winner.put(m.prefix(), i);
                mirrors.put(m.prefix(), m);
            }
        }
        List<ConfigError> missing = new java.util.ArrayList<>();
        for (Map.Entry<String, MirrorConfig> e : mirrors.entrySet()) {
            MirrorConfig m = e.getValue();
            if (m.folder() != null && !Files.isDirectory(Path.of(m.folder()))) {
                String file = names.get(winner.get(e.getKey()));
                int[] at = where(file, m.prefix());
                missing.add(new ConfigError(file, at[0], at[1], "the mirror folder of " + m.prefix() + " (" + m.folder() + ") does not exist;"
                        + " a relative folder is read from the file that names it, and a --config file's mirror for the same prefix replaces it"));
            }
        }
        ConfigError.throwIfAny(missing);
    }

    /** The line and column of {@code folder:} in the mirror entry of {@code prefix}; {0, 0} when the file cannot be read. */
    private static int[] where(String file, String prefix) {
        try {
            String[] lines = Files.readString(Path.of(file)).split("\\r?\\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(prefix)) {
                    for (int j = i; j < Math.min(lines.length, i + 4); j++) {
                        int at = lines[j].indexOf("folder");
                        if (at >= 0) {
                            return new int[] {j + 1, at + 1};
                        }
                    }
                    return new int[] {i + 1, lines[i].indexOf(prefix) + 1};
                }
            }
        } catch (IOException | RuntimeException e) {
            // the file was read a moment ago; without it the error still names the file
        }
        return new int[] {0, 0};
    }
}
