package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version listed twice with different digests is never proposed, and the report says why. */
class RepublishedVersionTest {
    private static final String INDEX = """
            apiVersion: v1
            entries:
              calm:
              - version: 1.1.0
                digest: 3f1ac4b9e1d6c0a2b8f7e5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918
                urls: [calm-1.1.0.tgz]
              - version: 1.1.0
                digest: 9d8c7b6a5f4e3d2c1b0a99887766554433221100ffeeddccbbaa998877665544
                urls: [calm-1.1.0.tgz]
              - version: 1.0.1
                digest: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                urls: [calm-1.0.1.tgz]
              - version: 1.0.0
                urls: [calm-1.0.0.tgz]
            """;

    @CatalogueEntry(16)
    @Test
    void a_version_published_twice_with_different_contents_is_held_back_with_the_reason(@TempDir Path dir) throws Exception {
        try (HostileServer charts = HostileServer.start().on("/repo/index.yaml", HostileServer.ok(INDEX))) {
            String[] plan = new GitopsRepo(dir).chart("calm", charts.url("/repo")).plan();
            StewardCli.Result result = new StewardCli().withSecret(GitopsRepo.TOKEN).run(plan).exits(0);
            JsonNode calm = result.declaration("calm");
            assertEquals("update", calm.get("status").asText(), calm.toString());
            assertEquals("1.0.1", calm.get("updates").get(0).get("to").asText(), "the newest version nobody replaced");
            assertEquals("1.1.0", calm.get("newest").asText());
            String reason = calm.get("reason").asText();
            assertTrue(reason.startsWith("1.1.0 is not proposed: the index lists it 2 times with different digests"), reason);
        }
    }
}
