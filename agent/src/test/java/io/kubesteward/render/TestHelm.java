package io.kubesteward.render;

import com.marcnuri.helm.DependencyCommand;
import java.nio.file.Path;

/** Helm's own commands, through the native library Steward loads, for tests that check Steward against Helm. */
public final class TestHelm {
    private TestHelm() {
    }

    /** {@code helm dependency update} in {@code chart}: writes Chart.lock and charts/*.tgz as Helm does. */
    public static String dependencyUpdate(Path chart) throws Exception {
        try {
            return new DependencyCommand(HelmLibrary.shared(java.time.Clock.systemUTC()).lib(), chart).update().call();
        } finally {
            // helm-java gives Helm no repository cache folder, so Helm writes its index copies to the working directory
            try (java.nio.file.DirectoryStream<Path> left = java.nio.file.Files.newDirectoryStream(Path.of("").toAbsolutePath(), "helm-manager-*")) {
                for (Path file : left) {
                    java.nio.file.Files.deleteIfExists(file);
                }
            }
        }
    }
}
