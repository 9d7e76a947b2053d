package io.kubesteward.cli;

import io.kubesteward.report.Renderer;
import io.kubesteward.report.Renderers;

/** The report formats of {@code -o/--output}; picocli lists them in errors. */
enum OutputFormat {
    table, wide, json, yaml, markdown, tsv, html;

    /** {@code columns}: the terminal's width, ≤ 0 when unknown; only {@code table} fits itself to it. */
    Renderer renderer(int columns) {
        return Renderers.named(name(), columns);
    }
}
