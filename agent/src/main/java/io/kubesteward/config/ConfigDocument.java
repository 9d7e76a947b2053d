package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One configuration file as written: {@code kind: Config} (everything), {@code kind: Rules} (package
 * rules, maintenance windows and add-ons, as shipped in {@code rules/}) or {@code kind: AddonCatalogue}
 * (add-ons only, such as {@code rules/addons.yaml}).
 */
public record ConfigDocument(
        String apiVersion,
        String kind,
        List<ChartRepositoryConfig> repositories,
        List<MirrorConfig> mirrors,
        HttpConfig http,
        List<PackageRuleConfig> packageRules,
        GitConfig git,
        ForgeConfig forge,
        ChartsConfig charts,
        RegistriesConfig registries,
        List<ScheduleConfig> schedules,
        List<WindowConfig> maintenanceWindows,
        OperationsConfig operations,
        ClusterConfig cluster,
        List<AddonConfig> addons,
        List<ApiRemovalConfig> removedApis) {

    public static final String API_VERSION = "steward.io/v1alpha1";
    public static final String ADDON_CATALOGUE = "AddonCatalogue";
    /** What a {@code kind: Rules} file may hold besides apiVersion and kind. */
    static final java.util.Set<String> RULES_KEYS = java.util.Set.of("packageRules", "maintenanceWindows", "addons", "removedApis");
    /** What a {@code kind: AddonCatalogue} file may hold besides apiVersion and kind. */
    static final java.util.Set<String> CATALOGUE_KEYS = java.util.Set.of("addons");

    @JsonCreator
    public ConfigDocument(
            @JsonProperty(value = "apiVersion", required = true) String apiVersion,
            @JsonProperty(value = "kind", required = true) String kind,
            @JsonProperty("repositories") List<ChartRepositoryConfig> repositories,
            @JsonProperty("mirrors") List<MirrorConfig> mirrors,
            @JsonProperty("http") HttpConfig http,
            @JsonProperty("packageRules") List<PackageRuleConfig> packageRules,
            @JsonProperty("git") GitConfig git,
            @JsonProperty("forge") ForgeConfig forge,
            @JsonProperty("charts") ChartsConfig charts,
            @JsonProperty("registries") RegistriesConfig registries,
            @JsonProperty("schedules") List<ScheduleConfig> schedules,
            @JsonProperty("maintenanceWindows") List<WindowConfig> maintenanceWindows,
            @JsonProperty("operations") OperationsConfig operations,
            @JsonProperty("cluster") ClusterConfig cluster,
            @JsonProperty("addons") List<AddonConfig> addons,
            @JsonProperty("removedApis") List<ApiRemovalConfig> removedApis) {
        if (!API_VERSION.equals(apiVersion)) {
            throw new IllegalArgumentException("apiVersion must be '" + API_VERSION + "', got '" + apiVersion + "'");
        }
        if (!"Config".equals(kind) && !"Rules".equals(kind) && !ADDON_CATALOGUE.equals(kind)) {
            throw new IllegalArgumentException("kind must be 'Config', 'Rules' or '" + ADDON_CATALOGUE + "', got '" + kind + "'");
        }
        boolean settings = repositories != null || mirrors != null || http != null || git != null || forge != null
                || charts != null || registries != null || schedules != null || operations != null || cluster != null;
        if ("Rules".equals(kind) && settings) {
            throw new IllegalArgumentException("a 'Rules' file holds only 'packageRules', 'maintenanceWindows', 'addons' and 'removedApis'; put the "
                    + "other settings in a 'Config' file");
        }
        if (ADDON_CATALOGUE.equals(kind) && (settings || packageRules != null || maintenanceWindows != null || removedApis != null)) {
            throw new IllegalArgumentException("an '" + ADDON_CATALOGUE + "' file holds only 'addons'; put package rules in a 'Rules' "
                    + "file and settings in a 'Config' file");
        }
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.repositories = repositories == null ? List.of() : List.copyOf(repositories);
        this.mirrors = mirrors == null ? List.of() : List.copyOf(mirrors);
        this.http = http;
        this.packageRules = packageRules == null ? List.of() : List.copyOf(packageRules);
        this.git = git;
        this.forge = forge;
        this.charts = charts;
        this.registries = registries;
        this.schedules = schedules == null ? null : List.copyOf(schedules);
        this.maintenanceWindows = maintenanceWindows == null ? null : List.copyOf(maintenanceWindows);
        this.operations = operations;
        this.cluster = cluster;
        this.addons = addons == null ? List.of() : List.copyOf(addons);
        this.removedApis = removedApis == null ? List.of() : List.copyOf(removedApis);
    }

    ConfigDocument with(List<MirrorConfig> newMirrors, HttpConfig newHttp, List<PackageRuleConfig> newRules, GitConfig newGit,
                        RegistriesConfig newRegistries, OperationsConfig newOperations) {
        boolean rules = !kind.equals("Config");
        return new ConfigDocument(apiVersion, kind, rules ? null : repositories, rules ? null : newMirrors, newHttp,
                kind.equals(ADDON_CATALOGUE) ? null : newRules, newGit, forge, charts, newRegistries, schedules, maintenanceWindows,
                newOperations, cluster, addons, kind.equals(ADDON_CATALOGUE) ? null : removedApis);
    }
}
