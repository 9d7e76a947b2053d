package io.kubesteward.chart;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders {@code charts/steward} with helm-java (Helm's own engine and schema validation), the way
 * {@code helm template} would: release "steward" in namespace "steward", Kubernetes 1.30.
 */
final class StewardChart {
    static final Path DIR = Path.of("..", "charts", "steward").toAbsolutePath().normalize();
    static final String NAMESPACE = "steward";
    /** helm-java defaults to v1.20, below the chart's kubeVersion. */
    private static final String KUBE_VERSION = "1.30.0";

    private StewardChart() {
    }

    static LintResult lintStrict() {
        return new Helm(DIR).lint().strict().call();
    }

    /** Renders with each text as one more values file (later ones win, as with repeated {@code -f}). */
    static Manifests render(String... values) {
        return Manifests.parse(template(values));
    }

    static Manifests renderFiles(Path... valuesFiles) {
        TemplateCommand command = command();
        for (Path file : valuesFiles) {
            command = command.withValuesFile(file);
        }
        return Manifests.parse(command.call());
    }

    /** The message Helm fails with for these values; fails the test if they render. */
    static String failure(String... values) {
        return assertThrows(IllegalStateException.class, () -> template(values),
                "these values should have been refused:\n" + String.join("\n---\n", values)).getMessage();
    }

    static Path resource(String name) {
        return Path.of("src", "test", "resources", "chart", name).toAbsolutePath();
    }

    private static String template(String... values) {
        List<Path> files = new ArrayList<>();
        try {
            TemplateCommand command = command();
            for (String text : values) {
                Path file = Files.createTempFile("steward-values-", ".yaml");
                files.add(file);
                Files.writeString(file, text);
                command = command.withValuesFile(file);
            }
            return command.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            files.forEach(f -> f.toFile().delete());
        }
    }

    private static TemplateCommand command() {
        return new Helm(DIR).template().withName("steward").withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION);
    }
}
