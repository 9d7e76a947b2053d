package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.kubesteward.model.HeapHint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spots managed-heap runtimes (JVM, Go with GOMEMLIMIT, Node with --max-old-space-size) from a
 * container's env, command, args and image. Env values are only searched for markers and never
 * kept: they may hold secrets.
 */
final class HeapHints {
    private static final List<String> JVM_FLAGS = List.of("-Xmx", "-XX:MaxRAMPercentage", "-XX:MaxRAM", "-XX:InitialRAMPercentage");
    private static final Set<String> JVM_ENV = Set.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    private static final Set<String> JVM_IMAGE_WORDS = Set.of("openjdk", "jdk", "jre", "temurin", "corretto", "zulu", "java");
    private static final String NODE_FLAG = "--max-old-space-size";

    private HeapHints() {
    }

    static List<HeapHint> of(Container container) {
        List<HeapHint> hints = new ArrayList<>();
        for (EnvVar env : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
            fromEnv(env, hints);
        }
        fromCommandLine("command", container.getCommand(), hints);
        fromCommandLine("args", container.getArgs(), hints);
        if (hints.stream().noneMatch(h -> h.runtime().equals("jvm"))) {
            fromImage(container.getImage(), hints);
        }
        return hints;
    }

    private static void fromEnv(EnvVar env, List<HeapHint> hints) {
        String name = env.getName();
        String value = env.getValue() == null ? "" : env.getValue();
        if (name == null) {
            return;
        }
        if (JVM_ENV.contains(name)) {
            String flag = firstFlag(value);
            hints.add(new HeapHint("jvm", "env " + name + (flag == null ? " is set" : " sets " + flag)));
        } else if (name.equals("GOMEMLIMIT")) {
            hints.add(new HeapHint("go", "env GOMEMLIMIT is set"));
        } else if (name.equals("NODE_OPTIONS") && value.contains(NODE_FLAG)) {
            hints.add(new HeapHint("node", "env NODE_OPTIONS sets " + NODE_FLAG));
        } else if (firstFlag(value) != null) {
            hints.add(new HeapHint("jvm", "env " + name + " sets " + firstFlag(value)));
        }
    }

    private static void fromCommandLine(String where, List<String> words, List<HeapHint> hints) {
        if (words == null) {
            return;
        }
        String line = String.join(" ", words);
        String flag = firstFlag(line);
        if (flag != null) {
            hints.add(new HeapHint("jvm", where + " set " + flag));
        }
        if (line.contains(NODE_FLAG)) {
            hints.add(new HeapHint("node", where + " set " + NODE_FLAG));
        }
    }

    private static void fromImage(String image, List<HeapHint> hints) {
        if (image == null) {
            return;
        }
        for (String word : image.toLowerCase(Locale.ROOT).split("[/:@._-]")) {
            if (JVM_IMAGE_WORDS.contains(word)) {
                hints.add(new HeapHint("jvm", "image name mentions " + word));
                return;
            }
        }
    }

    private static String firstFlag(String text) {
        for (String flag : JVM_FLAGS) {
            if (text.contains(flag)) {
                return flag;
            }
        }
        return null;
    }
}
