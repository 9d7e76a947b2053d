package io.kubesteward.report;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report's tree as YAML (the same fields and order, docs/report-schema.md), for people
 * who read YAML all day; strings that would read as numbers or booleans (a version {@code 1.10}) stay quoted.
 */
public final class YamlRenderer implements Renderer {
    private static final ObjectWriter WRITER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build())
            .writer();

    @Override
    public void render(Report report, Writer out) throws IOException {
        WRITER.writeValue(out, JsonRenderer.MAPPER.valueToTree(report));
    }
}
