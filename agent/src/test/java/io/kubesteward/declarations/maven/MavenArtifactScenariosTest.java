package io.kubesteward.declarations.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MavenArtifactScenariosTest {
    private static final String CONNECT = "kafka/connect.yaml";
    private static final String AGENT = "apps/agent.yaml";
    private static final String CENTRAL = "https://repo.maven.apache.org/maven2";
    private final ScannedRepo repo = ScannedRepo.scan("maven-kafkaconnect");

    private List<Declaration> all(String file, String name) {
        return repo.declarations().stream().filter(d -> d.file().equals(file) && d.name().equals(name)).toList();
    }

    @Test
    void mavenArtifactsOfAKafkaConnectBuild() {
        Declaration timer = repo.only(CONNECT, "org.apache.camel.kafkaconnector:camel-timer-source-kafka-connector");
        assertEquals(DeclarationKind.MAVEN_ARTIFACT, timer.kind());
        repo.assertVersion(timer, "4.4.1");
        repo.assertPackage(timer, new PackageRef(SourceKind.MAVEN_ARTIFACT, CENTRAL,
                "org.apache.camel.kafkaconnector:camel-timer-source-kafka-connector"));

        Declaration utils = repo.only(CONNECT, "com.example:connector-utils");
        repo.assertVersion(utils, "1.0.0");
        repo.assertPackage(utils, new PackageRef(SourceKind.MAVEN_ARTIFACT, "https://maven.example.com/releases", "com.example:connector-utils"));

        repo.assertSkipped(repo.only(CONNECT, "com.example:unversioned"), Code.MISSING_VERSION);
    }

    @Test
    void aLayoutUrlDeclaresBothPlacesOfItsVersionAsOnePackage() {
        List<Declaration> debezium = all(CONNECT, "io.debezium:debezium-connector-postgres");
        assertEquals(2, debezium.size(), debezium::toString);
        for (Declaration declaration : debezium) {
            repo.assertVersion(declaration, "2.6.1.Final");
            repo.assertPackage(declaration, new PackageRef(SourceKind.MAVEN_ARTIFACT, "https://repo1.maven.org/maven2",
                    "io.debezium:debezium-connector-postgres"));
        }
        String content = repo.content(CONNECT);
        assertEquals('/', content.charAt(debezium.get(0).span().end()));
        assertEquals("-plugin", content.substring(debezium.get(1).span().end(), debezium.get(1).span().end() + 7));
        assertNotEquals(debezium.get(0).span(), debezium.get(1).span());
    }

    @Test
    void aChecksummedJarAndAUrlOutsideTheLayoutAreSkipped() {
        List<Declaration> checked = all(CONNECT, "org.apache.kafka:connect-file");
        assertEquals(2, checked.size());
        checked.forEach(declaration -> repo.assertSkipped(declaration, Code.PINNED_DIGEST));
        checked.forEach(declaration -> repo.assertVersion(declaration, "3.7.0"));

        Declaration github = repo.only(CONNECT, "connector-1.2.0.zip");
        repo.assertSkipped(github, Code.UNSUPPORTED_SOURCE);
        assertTrue(github.skip().detail().contains("Maven repository layout"), github.skip().detail());
    }

    @Test
    void theBuildOutputImageIsNotAContainerImage() {
        assertTrue(repo.declarations().stream().noneMatch(d -> d.name().contains("registry.example.com/connect")));
    }

    @Test
    void jarUrlsInArgumentsScriptsAndEnvValuesOfOtherManifests() {
        Declaration jmx = all(AGENT, "io.prometheus.jmx:jmx_prometheus_javaagent").get(0);
        repo.assertVersion(jmx, "0.20.0");
        repo.assertPackage(jmx, new PackageRef(SourceKind.MAVEN_ARTIFACT, "https://repo1.maven.org/maven2",
                "io.prometheus.jmx:jmx_prometheus_javaagent"));

        List<Declaration> otel = all(AGENT, "io.opentelemetry.javaagent:opentelemetry-javaagent");
        assertEquals(2, otel.size());
        otel.forEach(declaration -> repo.assertVersion(declaration, "2.3.0"));
        assertEquals(19, otel.get(0).span().line());

        assertEquals(2, all(AGENT, "org.slf4j:slf4j-api").size());
        all(AGENT, "org.slf4j:slf4j-api").forEach(declaration -> repo.assertVersion(declaration, "2.0.13"));
    }
}
