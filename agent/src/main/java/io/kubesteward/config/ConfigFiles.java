package io.kubesteward.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and reads the configuration layers: the rules shipped in the jar, then the repository's
 * {@code .steward/config.yaml} and {@code .steward/rules/*.yaml}, then the file given on the
 * command line.
 */
public final class ConfigFiles {
    /** The shipped rule files, listed here because a jar cannot be listed reliably. */
    public static final List<String> SHIPPED = List.of("default-rules.yaml", "addons.yaml", "removed-apis.yaml");
    private static final String SHIPPED_ROOT = "io/kubesteward/rules/";

    private final ConfigLoader loader;

    public ConfigFiles(ConfigLoader loader) {
        this.loader = loader;
    }

    /** {@code repo} and {@code cliConfig} may be null. */
    public StewardConfig load(Path repo, Path cliConfig) throws ConfigError {
        return load(repo, null, cliConfig);
    }

    /**
     * The layers in order: shipped rules, the repository's {@code .steward/}, {@code rulesDir}
     * (a mounted folder of rule files, such as the chart's ConfigMap), then {@code cliConfig}. Any may be null.
     */
    public StewardConfig load(Path repo, Path rulesDir, Path cliConfig) throws ConfigError {
        List<ConfigDocument> docs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<ConfigError> errors = new ArrayList<>();
        for (String name : SHIPPED) {
            String display = "rules/" + name + " (shipped)";
            docs.add(loader.parse(display, shipped(name, display), Path.of(".")));
            names.add(display);
        }
        if (repo != null) {
            Path dir = repo.resolve(".steward");
            Path config = dir.resolve("config.yaml");
            if (Files.isRegularFile(config)) {
                layer(config, errors, docs, names, () -> {
                    String content = read(config);
                    return RepositoryLayer.check(loader.parse(config.toString(), content, dir), config.toString(), content);
                });
            }
            for (Path rules : ruleFiles(dir.resolve("rules"))) {
                layer(rules, errors, docs, names, () -> loader.parse(rules.toString(), read(rules), rules.getParent()));
            }
        }
        if (rulesDir != null) {
            if (!Files.isDirectory(rulesDir)) {
                errors.add(new ConfigError(rulesDir.toString(), 0, 0, "not a folder; --rules takes a folder of rule files (*.yaml)"));
            } else {
                for (Path rules : ruleFiles(rulesDir)) {
                    layer(rules, errors, docs, names, () -> loader.parse(rules.toString(), read(rules), rules.getParent()));
                }
            }
        }
        if (cliConfig != null) {
            layer(cliConfig, errors, docs, names, () -> {
                String content = read(cliConfig);
                return loader.parseOperator(cliConfig.toString(), content, cliConfig.toAbsolutePath().getParent());
            });
        }
        // every file is read and checked before any is refused, so one run names all that is wrong
        ConfigError.throwIfAny(errors);
        MirrorFolders.check(docs, names);
        return ConfigLoader.merge(docs, names);
    }

    private interface Layer {
        ConfigDocument read() throws ConfigError;
    }

    private static void layer(Path file, List<ConfigError> errors, List<ConfigDocument> docs, List<String> names, Layer layer) {
        try {
            docs.add(layer.read());
            names.add(file.toString());
        } catch (ConfigError e) {
            errors.add(e);
        }
    }

    private static List<Path> ruleFiles(Path dir) throws ConfigError {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigError(dir.toString(), 0, 0, "cannot list rule files: " + e.getMessage());
        }
    }

    private static String read(Path file) throws ConfigError {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigError(file.toString(), 0, 0, "file not found; check the path given to --config");
        } catch (IOException e) {
            throw new ConfigError(file.toString(), 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static String shipped(String name, String display) throws ConfigError {
        try (InputStream in = ConfigFiles.class.getClassLoader().getResourceAsStream(SHIPPED_ROOT + name)) {
            if (in == null) {
                throw new ConfigError(display, 0, 0, "missing from the Steward jar; the build is broken");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigError(display, 0, 0, "cannot be read from the jar: " + e.getMessage());
        }
    }
}
