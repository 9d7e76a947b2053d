package io.kubesteward.config;

import java.util.List;

/**
 * The effective configuration after merging shipped defaults < repository < command line.
 * {@code sources} lists the files it came from, in merge order. {@code cluster} is null unless some
 * layer has a {@code cluster:} section (then the live cluster is read); {@code addons} is the add-on
 * catalogue, merged by name; {@code removedApis} the API removal table upgrade analysis checks renders against.
 */
public record StewardConfig(
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
        List<String> sources,
        ClusterConfig cluster,
        List<AddonConfig> addons,
        List<ApiRemovalConfig> removedApis) {

    public StewardConfig {
        repositories = List.copyOf(repositories);
        mirrors = List.copyOf(mirrors);
        packageRules = List.copyOf(packageRules);
        schedules = List.copyOf(schedules);
        maintenanceWindows = List.copyOf(maintenanceWindows);
        sources = List.copyOf(sources);
        addons = addons == null ? List.of() : List.copyOf(addons);
        removedApis = removedApis == null ? List.of() : List.copyOf(removedApis);
    }

    /** A configuration without an API removal table. */
    public StewardConfig(List<ChartRepositoryConfig> repositories, List<MirrorConfig> mirrors, HttpConfig http,
                         List<PackageRuleConfig> packageRules, GitConfig git, ForgeConfig forge, ChartsConfig charts,
                         RegistriesConfig registries, List<ScheduleConfig> schedules, List<WindowConfig> maintenanceWindows,
                         OperationsConfig operations, List<String> sources, ClusterConfig cluster, List<AddonConfig> addons) {
        this(repositories, mirrors, http, packageRules, git, forge, charts, registries, schedules, maintenanceWindows, operations,
                sources, cluster, addons, List.of());
    }

    /** A configuration without a cluster section or add-on catalogue. */
    public StewardConfig(List<ChartRepositoryConfig> repositories, List<MirrorConfig> mirrors, HttpConfig http,
                         List<PackageRuleConfig> packageRules, GitConfig git, ForgeConfig forge, ChartsConfig charts,
                         RegistriesConfig registries, List<ScheduleConfig> schedules, List<WindowConfig> maintenanceWindows,
                         OperationsConfig operations, List<String> sources) {
        this(repositories, mirrors, http, packageRules, git, forge, charts, registries, schedules, maintenanceWindows, operations,
                sources, null, List.of());
    }

    /** The command line's {@code --repo} and {@code --forge}, over everything the files say. */
    public StewardConfig withOverrides(String gitUrl, ForgeConfig.ForgeType forgeType) {
        GitConfig g = gitUrl == null ? git : new GitConfig(gitUrl, null, null, null, null, null, null, null).over(git);
        ForgeConfig f = forgeType == null ? forge : new ForgeConfig(forgeType, null, null, null, null, null, null, null).over(forge);
        return new StewardConfig(repositories, mirrors, http, packageRules, g, f, charts, registries, schedules, maintenanceWindows,
                operations, sources, cluster, addons, removedApis);
    }
}
