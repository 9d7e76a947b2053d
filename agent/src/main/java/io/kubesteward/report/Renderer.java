package io.kubesteward.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a whole report in one format. Renderers neither flush nor close the writer. */
public interface Renderer {
    void render(Report report, Writer out) throws IOException;
}
