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
                layer(config, errors, docs, names, sink -> {
                    String content = read(config);
                    ConfigDocument doc = loader.parse(config.toString(), content, dir, false, sink);
                    try {
                        return RepositoryLayer.check(doc, config.toString(), content);
                    } catch (ConfigError e) {
                        sink.add(e);
                        return doc;
                    }
                });
            }
            for (Path rules : ruleFiles(dir.resolve("rules"), errors)) {
                layer(rules, errors, docs, names, sink -> loader.parse(rules.toString(), read(rules), rules.getParent(), false, sink));
            }
        }
        if (rulesDir != null) {
            if (!Files.isDirectory(rulesDir)) {
                errors.add(new ConfigError(rulesDir.toString(), 0, 0, "not a folder; --rules takes a folder of rule files (*.yaml)"));
            } else {
                for (Path rules : ruleFiles(rulesDir, errors)) {
                    layer(rules, errors, docs, names, sink -> loader.parse(rules.toString(), read(rules), rules.getParent(), false, sink));
                }
            }
        }
        boolean operatorRead = true;
        if (cliConfig != null) {
            operatorRead = layer(cliConfig, errors, docs, names,
                    sink -> loader.parse(cliConfig.toString(), read(cliConfig), cliConfig.toAbsolutePath().getParent(), true, sink));
        }
        if (operatorRead) {
            // the operator's mirrors replace the others; without that file, a missing folder it would replace is no error
            try {
                MirrorFolders.check(docs, names);
            } catch (ConfigError e) {
                errors.add(e);
            }
        }
        // every file is read and checked before any is refused, so one run names all that is wrong
        ConfigError.throwIfAny(errors);
        return ConfigLoader.merge(docs, names);
    }

    /** Reads one file: what its checks find goes to the sink; a file that cannot be bound throws. */
    private interface Layer {
        ConfigDocument read(List<ConfigError> sink) throws ConfigError;
    }

    /** Whether the file was bound (it may still have errors, which are in {@code errors}). */
    private static boolean layer(Path file, List<ConfigError> errors, List<ConfigDocument> docs, List<String> names, Layer layer) {
        try {
            docs.add(layer.read(errors));
            names.add(file.toString());
            return true;
        } catch (ConfigError e) {
            errors.add(e);
            return false;
        }
    }

    /** The folder's rule files; one that cannot be listed is an error in {@code errors} and no files. */
    private static List<Path> ruleFiles(Path dir, List<ConfigError> errors) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            errors.add(new ConfigError(dir.toString(), 0, 0, "cannot list rule files: " + e.getMessage()));
            return List.of();
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
