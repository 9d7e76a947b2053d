package io.kubesteward.cluster.fabric8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kubesteward.model.HelmReleaseSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * Decodes a Helm 3 release Secret's {@code data.release}: base64 (the Secret's) of base64 (Helm's)
 * of gzip of JSON. Streams the JSON and keeps only the chart metadata and status: the config and
 * manifests (which can hold secrets) are skipped unread. Failures never echo the payload.
 */
final class HelmReleasePayload {
    private static final JsonFactory JSON = new JsonFactory();

    private HelmReleasePayload() {
    }

    static HelmReleaseSummary summary(String secretData, String namespace, String name, int revision, String status) {
        try (InputStream json = open(secretData); JsonParser parser = JSON.createParser(json)) {
            Chart chart = new Chart();
            String releaseStatus = status;
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("chart")) {
                    readChart(parser, chart);
                } else if (field.equals("info")) {
                    String read = readStatus(parser);
                    releaseStatus = read != null ? read : releaseStatus;
                } else {
                    parser.skipChildren();
                }
            }
            return new HelmReleaseSummary(namespace, name, revision, chart.name, chart.version, chart.appVersion, releaseStatus);
        } catch (IOException | IllegalArgumentException notAHelmRelease) {
            throw new IllegalStateException("the Helm release payload is not base64-encoded gzip JSON");
        }
    }

    private static InputStream open(String secretData) throws IOException {
        byte[] helmText = Base64.getDecoder().decode(secretData);
        byte[] bytes = Base64.getDecoder().decode(new String(helmText, StandardCharsets.US_ASCII).trim());
        InputStream raw = new ByteArrayInputStream(bytes);
        boolean gzip = bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
        return gzip ? new GZIPInputStream(raw) : raw;
    }

    private static void readChart(JsonParser parser, Chart chart) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("metadata") && parser.currentToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    switch (key) {
                        case "name" -> chart.name = scalar(parser);
                        case "version" -> chart.version = scalar(parser);
                        case "appVersion" -> chart.appVersion = scalar(parser);
                        default -> parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    private static String readStatus(JsonParser parser) throws IOException {
        String status = null;
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("status")) {
                status = scalar(parser);
            } else {
                parser.skipChildren();
            }
        }
        return status;
    }

    private static String scalar(JsonParser parser) throws IOException {
        if (parser.currentToken().isScalarValue()) {
            return parser.getValueAsString();
        }
        parser.skipChildren();
        return null;
    }

    private static final class Chart {
        private String name;
        private String version;
        private String appVersion;
    }
}
