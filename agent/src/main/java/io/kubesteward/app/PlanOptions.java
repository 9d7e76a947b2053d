package io.kubesteward.app;

import java.nio.file.Path;

/** What the user asked for: the repository, an optional folder of rule files, an optional config file. */
public record PlanOptions(Path repo, Path rules, Path config) {
    public PlanOptions(Path repo, Path config) {
        this(repo, null, config);
    }
}
