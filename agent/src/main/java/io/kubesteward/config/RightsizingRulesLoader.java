package io.kubesteward.config;

import io.kubesteward.rightsizing.Prices;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the rightsizing policy: the shipped {@code rules/rightsizing/policy.yaml} and
 * {@code prices.yaml}, then the repository's {@code .steward/rules/rightsizing/*.yaml}, then the
 * {@code rightsizing/} folder of {@code --rules DIR}, each in name order. Those files hold
 * {@code kind: RightsizingPolicy} or {@code kind: Prices}; they live in a folder of their own because
 * the package rules loader reads the files beside it.
 */
public final class RightsizingRulesLoader {
    public static final List<String> SHIPPED = List.of("rightsizing/policy.yaml", "rightsizing/prices.yaml");
    static final String FOLDER = "rightsizing";
    private static final String SHIPPED_ROOT = "io/kubesteward/rules/";
    private static final long MAX_CHARS = 1 << 20;

    private RightsizingRulesLoader() {
    }

    /** {@code repo} and {@code rulesDir} may be null. */
    public static RightsizingRules load(Path repo, Path rulesDir) throws ConfigError {
        RightsizingRulesFile.State state = new RightsizingRulesFile.State();
        List<String> sources = new ArrayList<>();
        for (String name : SHIPPED) {
            String display = "rules/" + name + " (shipped)";
            new RightsizingRulesFile(display).readOnto(shipped(name, display), state);
            sources.add(display);
        }
        List<Path> folders = new ArrayList<>();
        if (repo != null) {
            folders.add(repo.resolve(".steward").resolve("rules").resolve(FOLDER));
        }
        if (rulesDir != null) {
            folders.add(rulesDir.resolve(FOLDER));
        }
        for (Path folder : folders) {
            for (Path file : files(folder)) {
                new RightsizingRulesFile(file.toString()).readOnto(read(file), state);
                sources.add(file.toString());
            }
        }
        return of(state, sources);
    }

    /** The rules of the given texts alone, over RIGHTSIZING.md's defaults: name → content, in order. */
    public static RightsizingRules read(List<String> names, List<String> contents) throws ConfigError {
        RightsizingRulesFile.State state = new RightsizingRulesFile.State();
        for (int i = 0; i < names.size(); i++) {
            new RightsizingRulesFile(names.get(i)).readOnto(contents.get(i), state);
        }
        return of(state, names);
    }

    private static RightsizingRules of(RightsizingRulesFile.State state, List<String> sources) throws ConfigError {
        for (String key : List.of("currency", "cpuCoreHour", "memoryGibHour")) {
            if (!state.prices.containsKey(key)) {
                throw new ConfigError(String.join(", ", sources), 0, 0, "no rightsizing Prices file sets " + key
                        + "; the shipped rules/rightsizing/prices.yaml should");
            }
        }
        Prices prices = Prices.of(state.prices.get("currency"), state.prices.get("cpuCoreHour"), state.prices.get("memoryGibHour"));
        return new RightsizingRules(state.settings, state.overrides, prices, sources);
    }

    private static List<Path> files(Path folder) throws ConfigError {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigError(folder.toString(), 0, 0, "cannot list rightsizing rules files: " + e.getMessage());
        }
    }

    private static String read(Path file) throws ConfigError {
        try {
            if (Files.size(file) > MAX_CHARS) {
                throw new ConfigError(file.toString(), 0, 0, "file is larger than 1 MiB; is this really a rightsizing rules file?");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigError(file.toString(), 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static String shipped(String name, String display) throws ConfigError {
        try (InputStream in = RightsizingRulesLoader.class.getClassLoader().getResourceAsStream(SHIPPED_ROOT + name)) {
            if (in == null) {
                throw new ConfigError(display, 0, 0, "missing from the Steward jar; the build is broken");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigError(display, 0, 0, "cannot be read from the jar: " + e.getMessage());
        }
    }
}
