package io.kubesteward.app;

import java.nio.file.Path;

/** What {@code steward run} was given: a config file (which names the repository and forge). */
public record RunOptions(Path config) {
}
