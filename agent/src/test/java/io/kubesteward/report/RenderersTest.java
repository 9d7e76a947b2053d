package io.kubesteward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderersTest {
    private final Report report = ReportFixture.report();

    @Test
    void registryKnowsEachFormatByName() {
        assertEquals(List.of("table", "wide", "json", "yaml", "markdown", "tsv", "html"), List.copyOf(Renderers.names()));
        assertInstanceOf(TableRenderer.class, Renderers.named("table"));
        assertInstanceOf(TableRenderer.class, Renderers.named("wide"));
        assertInstanceOf(JsonRenderer.class, Renderers.named("json"));
        assertInstanceOf(YamlRenderer.class, Renderers.named("yaml"));
        assertInstanceOf(MarkdownRenderer.class, Renderers.named("markdown"));
        assertInstanceOf(TsvRenderer.class, Renderers.named("tsv"));
        assertInstanceOf(HtmlRenderer.class, Renderers.named("html"));
        assertEquals(Optional.empty(), Renderers.find("xml"));
    }

    @Test
    void unknownFormatNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Renderers.named("xml"));
        assertEquals("unknown report format 'xml'; use one of: table, wide, json, yaml, markdown, tsv, html", e.getMessage());
    }

    @Test
    void jsonReadsBackAsTheSameReport() throws IOException {
        Report read = JsonRenderer.MAPPER.readValue(render("json"), Report.class);
        assertEquals(report, read);
    }

    @Test
    void yamlIsTheJsonTreeAndVersionsStayStrings() throws IOException {
        JsonNode yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(render("yaml"));
        assertEquals(JsonRenderer.MAPPER.readTree(render("json")), yaml);
        Report withNumericVersion = new Report(1, "0.1.0", "demo", "2026-01-01T00:00:00Z", new Report.Summary(java.util.Map.of(), 0, 0),
                new Report.Statistics(0, 0, 0, List.of()), List.of(new Report.DeclarationEntry("a.yaml", 1, "container-image", "nginx",
                "docker.io", "1.10", "no-update", List.of(), null, "yes", List.of())), List.of(), List.of());
        StringWriter out = new StringWriter();
        Renderers.named("yaml").render(withNumericVersion, out);
        assertTrue(out.toString().contains("current: \"1.10\"") && out.toString().contains("reason: \"yes\""), out.toString());
        assertFalse(out.toString().startsWith("---"), "one document, like kubectl -o yaml");
    }

    @Test
    void jsonFieldsFollowRecordComponentOrder() throws IOException {
        JsonNode root = JsonRenderer.MAPPER.readTree(render("json"));
        assertEquals(components(Report.class), fields(root));
        assertEquals(components(Report.Summary.class), fields(root.get("summary")));
        assertEquals(components(Report.Statistics.class), fields(root.get("statistics")));
        assertEquals(components(io.kubesteward.model.FetchStat.class), fields(root.get("statistics").get("indexes").get(0)));
        assertEquals(components(Report.DeclarationEntry.class), fields(root.get("declarations").get(0)));
        assertEquals(components(Report.UpdateEntry.class), fields(root.get("declarations").get(2).get("updates").get(0)));
        assertEquals(components(Report.ProposalEntry.class), fields(root.get("proposals").get(0)));
        assertEquals(components(Report.ChangeEntry.class), fields(root.get("proposals").get(0).get("changes").get(0)));
        assertEquals(components(Report.ReleaseNotes.class), fields(root.get("proposals").get(0).get("release")));
        assertEquals(components(Report.ProblemEntry.class), fields(root.get("problems").get(0)));
    }

    @Test
    void jsonKeepsNullsAndEndsWithANewline() throws IOException {
        String json = render("json");
        assertTrue(json.contains("\"repository\": null,"), json);
        assertTrue(json.endsWith("}\n"), json);
    }

    @Test
    void renderersLeaveTheWriterOpen() throws IOException {
        for (String name : Renderers.names()) {
            ClosingCheckWriter out = new ClosingCheckWriter();
            Renderers.named(name).render(report, out);
            out.write("still open");
            assertTrue(out.toString().endsWith("\nstill open"), name);
        }
    }

    @Test
    void emptyReportRendersInEveryFormat() throws IOException {
        Report empty = new Report(1, "0.1.0", "repo", "2026-01-01T00:00:00Z", new Report.Summary(new java.util.LinkedHashMap<>(), 0, 0),
                new Report.Statistics(0, 0, 5, List.of()), List.of(), List.of(), List.of());
        StringWriter table = new StringWriter();
        Renderers.named("table").render(empty, table);
        assertEquals("""
                repo — 0 declarations, 0 proposals, 0 problems

                Proposals
                  none

                Declarations
                  none

                Problems
                  none

                Statistics
                  0 files scanned, 0 declarations, 5 ms
                  no repository index fetched
                  generated 2026-01-01T00:00:00Z by Steward 0.1.0
                """, table.toString());
        StringWriter md = new StringWriter();
        Renderers.named("markdown").render(empty, md);
        assertTrue(md.toString().contains("No updates proposed.") && md.toString().contains("No problems."), md.toString());
        StringWriter tsv = new StringWriter();
        Renderers.named("tsv").render(empty, tsv);
        assertEquals("file\tkind\tname\tcurrent\tproposed\n", tsv.toString());
    }

    private String render(String name) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.named(name).render(report, out);
        return out.toString();
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A writer that refuses writes after close, to catch a renderer closing the caller's stream. */
    private static final class ClosingCheckWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private boolean closed;

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("closed");
            }
            text.append(cbuf, off, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
