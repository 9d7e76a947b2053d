package io.kubesteward.declarations.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MavenUrlsTest {

    @ParameterizedTest
    @CsvSource({
            "https://repo1.maven.org/maven2/org/slf4j/slf4j-api/2.0.13/slf4j-api-2.0.13.jar, https://repo1.maven.org/maven2, org.slf4j, slf4j-api, 2.0.13",
            "https://repo1.maven.org/maven2/io/debezium/debezium-connector-postgres/2.6.1.Final/debezium-connector-postgres-2.6.1.Final-plugin.tar.gz,"
                    + " https://repo1.maven.org/maven2, io.debezium, debezium-connector-postgres, 2.6.1.Final",
            "https://nexus.example.com/repository/maven-public/com/acme/tool/1.0/tool-1.0.zip, https://nexus.example.com/repository/maven-public,"
                    + " com.acme, tool, 1.0",
            "https://acme.jfrog.io/artifactory/libs-release/com/acme/x/3/x-3.jar?download=1, https://acme.jfrog.io/artifactory/libs-release, com.acme, x, 3",
            "https://packages.confluent.io/maven/io/confluent/kafka-connect-avro-converter/7.6.1/kafka-connect-avro-converter-7.6.1.jar,"
                    + " https://packages.confluent.io/maven, io.confluent, kafka-connect-avro-converter, 7.6.1"})
    void readsCoordinatesAndBothPlacesOfTheVersion(String url, String repository, String group, String artifact, String version) {
        MavenUrl parsed = MavenUrls.parse(url);

        assertEquals(repository, parsed.repository());
        assertEquals(group + ":" + artifact, parsed.coordinates());
        assertEquals(version, parsed.version());
        assertEquals(version, url.substring(parsed.versionOffset(), parsed.versionOffset() + version.length()));
        assertEquals(version, url.substring(parsed.fileVersionOffset(), parsed.fileVersionOffset() + version.length()));
        assertEquals(parsed.fileVersionOffset(), url.lastIndexOf(artifact + "-" + version) + artifact.length() + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://github.com/acme/connector/releases/download/v1.2.0/connector-1.2.0.zip",
            "https://repo1.maven.org/maven2/org/slf4j/slf4j-api/2.0.13/slf4j-api-2.0.12.jar",
            "https://repo1.maven.org/maven2/slf4j-api/2.0.13/slf4j-api-2.0.13.jar",
            "https://repo1.maven.org/maven2/org/slf4j/slf4j-api/2.0.13/slf4j-api-2.0.13.txt",
            "ftp://repo1.maven.org/maven2/org/slf4j/slf4j-api/2.0.13/slf4j-api-2.0.13.jar"})
    void urlsOutsideTheLayoutAreNotRead(String url) {
        assertNull(MavenUrls.parse(url));
    }
}
