package io.kubesteward.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kubesteward.versioning.VersionScheme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds and validates configuration and rule files. Pure apart from what it is handed: callers read
 * the files and pass their text with a display name and the folder relative paths resolve against.
 */
public final class ConfigLoader {
    private static final long MAX_CONFIG_CHARS = 1 << 20;

    private final VersionScheme scheme;
    private final YAMLFactory factory = YAMLFactory.builder().build();
    private final ObjectMapper mapper = YAMLMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            // a key written twice is a mistake Jackson would otherwise settle silently (the last wins)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final CronCheck crons;

    /** {@code scheme} checks the version texts written in package rules. */
    public ConfigLoader(VersionScheme scheme) {
        this(scheme, CronCheck.NONE);
    }

    /** {@code crons} checks the cron expressions of schedules and maintenance windows. */
    public ConfigLoader(VersionScheme scheme, CronCheck crons) {
        this.scheme = scheme;
        this.crons = crons;
    }

    /** One file, bound and checked. {@code baseDir} anchors relative folders in it. */
    public ConfigDocument parse(String displayName, String content, Path baseDir) throws ConfigError {
        List<ConfigError> errors = new ArrayList<>();
        ConfigDocument doc = parse(displayName, content, baseDir, false, errors);
        ConfigError.throwIfAny(errors);
        return doc;
    }

    /**
     * As {@link #parse}, but what the checks of a bound file find goes to {@code errors} and the
     * document is still returned, so the layers above can be checked with it (its mirror folders).
     * {@code operator}: the {@code --config} file, where a forge needs its repository and token.
     *
     * @throws ConfigError when the file cannot be bound at all (YAML, unknown keys, wrong types)
     */
    ConfigDocument parse(String displayName, String content, Path baseDir, boolean operator, List<ConfigError> errors) throws ConfigError {
        if (content.length() > MAX_CONFIG_CHARS) {
            throw new ConfigError(displayName, 0, 0, "file is larger than 1 MiB; is this really a Steward config file?");
        }
        if (content.isBlank()) {
            throw new ConfigError(displayName, 1, 1, "file is empty; it needs at least 'apiVersion: "
                    + ConfigDocument.API_VERSION + "' and 'kind: Config' or 'kind: Rules'");
        }
        ConfigDocument doc;
        List<String> ruleOrigins;
        try {
            doc = mapper.readValue(content, ConfigDocument.class);
            ruleOrigins = RuleLocations.of(displayName, content, factory);
        } catch (JsonProcessingException e) {
            throw ConfigErrors.from(displayName, content, e);
        } catch (IOException e) {
            throw new ConfigError(displayName, 0, 0, "could not be read: " + e.getMessage());
        }
        if (doc == null) {
            throw new ConfigError(displayName, 1, 1, "file holds no YAML mapping");
        }
        // the checks of a bound file are independent: each one's errors are reported together
        collect(errors, () -> checkCrons(doc, displayName, content));
        if (operator) {
            collect(errors, () -> requireForgeTarget(doc.forge(), displayName, content));
        }
        return anchor(doc, ruleOrigins, baseDir, displayName, errors);
    }

    private interface Check {
        void run() throws ConfigError;
    }

    private static void collect(List<ConfigError> errors, Check check) {
        try {
            check.run();
        } catch (ConfigError e) {
            errors.add(e);
        }
    }

    /** Every schedule's and window's cron, each wrong one reported. */
    private void checkCrons(ConfigDocument doc, String file, String content) throws ConfigError {
        List<ConfigError> errors = new ArrayList<>();
        List<ScheduleConfig> schedules = doc.schedules() == null ? List.of() : doc.schedules();
        for (int i = 0; i < schedules.size(); i++) {
            checkCron(crons::schedule, schedules.get(i).cron(), "schedule " + schedules.get(i).name(), file, content, "schedules", i)
                    .ifPresent(errors::add);
        }
        List<WindowConfig> windows = doc.maintenanceWindows() == null ? List.of() : doc.maintenanceWindows();
        for (int i = 0; i < windows.size(); i++) {
            checkCron(crons::window, windows.get(i).cron(), "maintenance window " + windows.get(i).name(), file, content, "maintenanceWindows", i)
                    .ifPresent(errors::add);
        }
        ConfigError.throwIfAny(errors);
    }

    /** The {@code n}-th entry of {@code section}: its cron read as the scheduler reads it, refused at its {@code cron} key. */
    private static java.util.Optional<ConfigError> checkCron(java.util.function.Consumer<String> check, String cron, String what, String file,
                                                             String content, String section, int n) {
        try {
            check.accept(cron);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            int[] at = KeyPosition.nthInSection(content, section, "cron", n);
            return java.util.Optional.of(new ConfigError(file, at[0], at[1], what + ": " + e.getMessage()));
        }
    }

    /** A forge named in a file needs its repository and token there too: {@code run} and the daemon cannot start without them. */
    static void requireForgeTarget(ForgeConfig forge, String file, String content) throws ConfigError {
        if (forge == null || forge.type() == null || forge.type() == ForgeConfig.ForgeType.NONE) {
            return;
        }
        String type = forge.type().name().toLowerCase(java.util.Locale.ROOT);
        String missing = forge.repository() == null ? "'repository' (owner/name; GitLab: group/subgroup/name)"
                : forge.tokenFrom() == null ? "'tokenFrom' ({env: VARIABLE} or {file: /mounted/token})" : null;
        if (missing != null) {
            int[] at = KeyPosition.topLevel(content, "forge");
            throw new ConfigError(file, at == null ? 0 : at[0], at == null ? 0 : at[1], "forge type " + type + " needs " + missing + " in forge");
        }
    }

    private ConfigDocument anchor(ConfigDocument doc, List<String> origins, Path baseDir, String file, List<ConfigError> errors) {
        List<PackageRuleConfig> rules = new ArrayList<>();
        for (int i = 0; i < doc.packageRules().size(); i++) {
            String origin = i < origins.size() ? origins.get(i) : file;
            PackageRuleConfig rule = doc.packageRules().get(i).withOrigin(origin);
            collect(errors, () -> RuleVersionsCheck.check(rule, scheme, file));
            rules.add(rule);
        }
        List<MirrorConfig> mirrors = new ArrayList<>();
        for (MirrorConfig m : doc.mirrors()) {
            mirrors.add(m.folder() == null ? m : m.withFolder(baseDir.resolve(m.folder()).normalize().toString()));
        }
        HttpConfig http = doc.http();
        if (http != null && http.cacheDir() != null) {
            http = http.withCacheDir(baseDir.resolve(http.cacheDir()).normalize().toString());
        }
        GitConfig git = doc.git() == null ? null : GitPaths.anchored(doc.git(), baseDir);
        RegistriesConfig registries = doc.registries();
        if (registries != null && registries.dockerConfig() != null) {
            registries = registries.withDockerConfig(baseDir.resolve(registries.dockerConfig()).normalize().toString());
        }
        OperationsConfig operations = doc.operations();
        if (operations != null && operations.reportFile() != null) {
            operations = operations.withReportFile(baseDir.resolve(operations.reportFile()).normalize().toString());
        }
        return doc.with(mirrors, http, rules, git, registries, operations);
    }

    /** Merges documents in order: later ones add rules after earlier ones and override settings. */
    public static StewardConfig merge(List<ConfigDocument> docs, List<String> names) {
        List<ChartRepositoryConfig> repositories = new ArrayList<>();
        List<MirrorConfig> mirrors = new ArrayList<>();
        List<PackageRuleConfig> rules = new ArrayList<>();
        HttpConfig http = HttpConfig.DEFAULTS;
        GitConfig git = GitConfig.DEFAULTS;
        ForgeConfig forge = ForgeConfig.DEFAULTS;
        ChartsConfig charts = ChartsConfig.DEFAULTS;
        RegistriesConfig registries = RegistriesConfig.DEFAULTS;
        List<ScheduleConfig> schedules = List.of();
        List<WindowConfig> windows = List.of();
        OperationsConfig operations = OperationsConfig.DEFAULTS;
        ClusterConfig cluster = null;
        List<AddonConfig> addons = new ArrayList<>();
        List<ApiRemovalConfig> removedApis = new ArrayList<>();
        for (ConfigDocument doc : docs) {
            for (ChartRepositoryConfig repo : doc.repositories()) {
                repositories.removeIf(r -> r.url().equals(repo.url()));
                repositories.add(repo);
            }
            for (MirrorConfig mirror : doc.mirrors()) {
                mirrors.removeIf(m -> m.prefix().equals(mirror.prefix()));
                mirrors.add(mirror);
            }
            if (doc.http() != null) {
                http = doc.http().over(http);
            }
            git = doc.git() == null ? git : doc.git().over(git);
            forge = doc.forge() == null ? forge : doc.forge().over(forge);
            charts = doc.charts() == null ? charts : doc.charts().over(charts);
            registries = doc.registries() == null ? registries : doc.registries().over(registries);
            schedules = doc.schedules() == null ? schedules : doc.schedules();
            windows = doc.maintenanceWindows() == null ? windows : doc.maintenanceWindows();
            operations = doc.operations() == null ? operations : doc.operations().over(operations);
            rules.addAll(doc.packageRules());
            cluster = doc.cluster() == null ? cluster : doc.cluster().over(cluster);
            doc.addons().forEach(addon -> replaceByName(addons, addon));
            for (ApiRemovalConfig removal : doc.removedApis()) {
                removedApis.removeIf(r -> r.apiVersion().equals(removal.apiVersion()) && r.kind().equals(removal.kind()));
                removedApis.add(removal);
            }
        }
        return new StewardConfig(repositories, mirrors, http, rules, git, forge, charts, registries, schedules, windows, operations, names,
                cluster, addons.stream().filter(AddonConfig::on).toList(), removedApis);
    }

    /** A later add-on of the same name takes the earlier one's place in the catalogue; a new one goes last. */
    private static void replaceByName(List<AddonConfig> addons, AddonConfig addon) {
        for (int i = 0; i < addons.size(); i++) {
            if (addons.get(i).name().equals(addon.name())) {
                addons.set(i, addon);
                return;
            }
        }
        addons.add(addon);
    }

}
