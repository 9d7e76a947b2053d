package io.kubesteward.app;

import io.kubesteward.config.ConfigError;
import io.kubesteward.config.ConfigFiles;
import io.kubesteward.config.ConfigLoader;
import io.kubesteward.config.OperationsConfig;
import io.kubesteward.config.StewardConfig;
import io.kubesteward.observability.StewardLogging;
import io.kubesteward.versioning.VersionSchemes;
import java.nio.file.Path;

/** Every configuration layer read and checked; the operator's log settings take effect as soon as they are known. */
final class LoadedConfig {
    private LoadedConfig() {
    }

    static ConfigFiles files() {
        return new ConfigFiles(new ConfigLoader(VersionSchemes.helm(), QuartzCrons.INSTANCE));
    }

    static StewardConfig load(ConfigFiles files, Path repo, Path rules, Path config) throws ConfigError {
        StewardConfig loaded = files.load(repo, rules, config);
        OperationsConfig operations = loaded.operations();
        StewardLogging.configureFromConfig(operations.logFormat(), operations.logLevel());
        return loaded;
    }
}
