package io.kubesteward.analysis;

import static io.kubesteward.analysis.Charts.chart;
import static io.kubesteward.analysis.Charts.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.kubesteward.model.CrdHandling;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ValuesSchemaCheckTest {
    private static final Charts OLD = chart("dns", "1.0.0").file("values.yaml", "replicas: 1\nprovider: aws\n");

    private static Charts withSchema(String schema) {
        return chart("dns", "1.1.0").file("values.yaml", "replicas: 1\nprovider: aws\n").file("values.schema.json", schema);
    }

    private static Impact analyse(Charts to, io.kubesteward.model.ReleaseValues values) {
        return ImpactAnalysis.analyse(Charts.input(OLD, to, values, CrdHandling.helm("Helm"), Map.of()));
    }

    @Test
    void aValueTheNewSchemaRefusesBlocksAndNamesTheRepositoryLine() {
        Charts to = withSchema("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "properties": {"replicas": {"type": "integer"}, "provider": {"enum": ["aws", "google"]}},
                 "additionalProperties": false}
                """);
        Impact impact = analyse(to, values("replicas", "two", 7, "provider", "azure", 8, "debug", true, 9));
        Finding f = impact.findings().get(0);
        assertEquals(Severity.BLOCKING, f.severity());
        assertTrue(f.summary().contains("(3 errors): helm upgrade refuses them"), f.summary());
        String details = String.join("\n", f.details());
        assertTrue(details.contains("`replicas` (apps/release.yaml:7)"), details);
        assertTrue(details.contains("`provider` (apps/release.yaml:8)"), details);
        assertTrue(details.contains("apps/release.yaml:9"), details);
        assertTrue(impact.blocking());
    }

    @Test
    void withSchemaValidationTurnedOffTheRefusedValuesOnlyNeedAttention() {
        Charts to = withSchema("{\"type\": \"object\", \"properties\": {\"replicas\": {\"type\": \"integer\"}}}");
        Impact impact = analyse(to, values("replicas", "two", 7).withSchemaSkipped("spec.upgrade.disableSchemaValidation: true in apps/release.yaml"));
        Finding f = impact.findings().get(0);
        assertEquals(Severity.ATTENTION, f.severity());
        assertTrue(f.summary().endsWith("(1 error); Helm does not check them here (spec.upgrade.disableSchemaValidation: true in"
                + " apps/release.yaml), so the upgrade goes ahead with them"), f.summary());
        assertTrue(!impact.blocking());
    }

    @Test
    void valuesThatPassGiveNoFindingAndDraft7IsTheDefault() {
        Charts to = withSchema("{\"type\": \"object\", \"properties\": {\"replicas\": {\"type\": \"integer\", \"minimum\": 1}}}");
        assertEquals(List.of(), analyse(to, values("replicas", 3L, 7)).findings());
        Finding f = analyse(to, values("replicas", 0L, 7)).findings().get(0);
        assertTrue(f.details().get(0).startsWith("`replicas` (apps/release.yaml:7): "), f.details().toString());
    }

    @Test
    void aRemoteReferenceIsNeverFetched() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = "{\"type\": \"string\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/replicas.json";
            Charts to = withSchema("{\"type\": \"object\", \"properties\": {\"replicas\": {\"$ref\": \"" + url + "\"}}}");
            Impact impact = analyse(to, values("replicas", 3L, 7));
            assertEquals(0, hits.get());
            assertTrue(impact.notRead().stream().anyMatch(n -> n.contains("values.schema.json of dns 1.1.0 could not be used"))
                    || impact.findings().stream().anyMatch(f -> f.check().equals("schema")), impact.toString());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theLegacyLatestDraftUriIsReadAsTheDefaultDraft() {
        Charts to = withSchema("{\"$schema\": \"http://json-schema.org/schema#\", \"type\": \"object\","
                + " \"properties\": {\"replicas\": {\"type\": \"integer\"}}}");
        Impact impact = analyse(to, values("replicas", "two", 7));
        assertEquals(List.of(), impact.notRead());
        assertEquals(Severity.BLOCKING, impact.findings().get(0).severity());
    }

    @Test
    void valuesStewardCannotReadAreNeverJudgedAndAMissingValueIsOnlyAttentionWhenSomeWereNotRead() {
        Charts to = withSchema("{\"type\": \"object\", \"required\": [\"auth\"], \"properties\": {\"auth\": {\"type\": \"object\","
                + " \"required\": [\"password\"], \"properties\": {\"password\": {\"type\": \"string\"}}}}}");
        io.kubesteward.model.ReleaseValues fromSecret = new io.kubesteward.model.ReleaseValues(List.of(new io.kubesteward.model.SetValue(
                List.of("auth", "password"), io.kubesteward.model.SetValue.UNKNOWN, "apps/release.yaml", 12)),
                List.of("values from Secret db: Steward never reads values from Secrets"));
        assertEquals(List.of(), analyse(to, fromSecret).findings(), "the Secret's key is there, its value unknown");
        io.kubesteward.model.ReleaseValues unread = new io.kubesteward.model.ReleaseValues(List.of(),
                List.of("values file secrets.yaml.gotmpl is written by a template"));
        assertEquals(Severity.ATTENTION, analyse(to, unread).findings().get(0).severity());
        assertEquals(Severity.BLOCKING, analyse(to, values("replicas", 1L, 3)).findings().get(0).severity(), "all values read: it fails");
    }
}
