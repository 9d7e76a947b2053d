package io.kubesteward.cli;

import io.kubesteward.report.Renderer;
import io.kubesteward.report.Renderers;

/** The report formats of {@code --output}; picocli lists them in errors. */
enum OutputFormat {
    table, json, markdown, tsv;

    Renderer renderer() {
        return Renderers.named(name());
    }
}
