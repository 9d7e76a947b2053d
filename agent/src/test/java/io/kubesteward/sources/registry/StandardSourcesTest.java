package io.kubesteward.sources.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpSettings;
import io.kubesteward.model.FetchStat;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.ReleaseSource;
import io.kubesteward.sources.oci.RegistryCredentials;
import io.kubesteward.versioning.VersionSchemes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StandardSourcesTest {

    @Test
    void everyKindAnExtractorCanDeclareHasExactlyOneSourceAndAKnownVersioning() throws Exception {
        Set<SourceKind> registered = StandardSources.types().stream().map(SourceType::kind).collect(Collectors.toSet());
        assertEquals(StandardSources.types().size(), registered.size(), "one source per kind");
        for (Field field : SourceKind.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == SourceKind.class) {
                SourceKind kind = (SourceKind) field.get(null);
                assertTrue(registered.contains(kind), "no source serves " + field.getName());
                assertEquals(kind.versioning(), VersionSchemes.forSource(kind).id());
            }
        }
    }

    @Test
    void aKindWithAnUnknownVersioningIsRefusedInsteadOfComparedAsHelm() {
        SourceKind made = new SourceKind("made-up", "thing", "calver");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionSchemes.forSource(made));
        assertTrue(e.getMessage().contains("unknown version scheme 'calver'"), e.getMessage());
    }

    @Test
    void theRunsSourcesServeTheirOwnKindsAndCloseTogether() {
        try (HttpCaller http = new HttpCaller(HttpSettings.defaults(), java.time.Clock.systemUTC());
             OpenSources sources = StandardSources.open(context(http))) {
            sources.byKind().forEach((kind, source) -> assertEquals(kind, source.kind()));
            assertEquals(List.of(), sources.stats());
        }
    }

    @Test
    void twoSourcesForOneKindAreARegistryMistakeAndWhatWasBuiltIsClosed() {
        List<String> closed = new ArrayList<>();
        SourceType first = new SourceType(SourceKind.MAVEN_ARTIFACT, c -> new Recording(SourceKind.MAVEN_ARTIFACT, closed));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OpenSources.open(List.of(first, first), context(null)));
        assertEquals("two sources are registered for the kind 'maven'", e.getMessage());
        assertEquals(List.of("maven"), closed);
    }

    @Test
    void aSourceServingAnotherKindThanItsEntryIsARegistryMistake() {
        List<String> closed = new ArrayList<>();
        SourceType wrong = new SourceType(SourceKind.DOCKER_IMAGE, c -> new Recording(SourceKind.OCI_CHART, closed));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OpenSources.open(List.of(wrong), context(null)));
        assertEquals("the source registered for 'docker' serves 'oci-chart'", e.getMessage());
        assertEquals(List.of("oci-chart"), closed);
    }

    @Test
    void aChartOfAKindWithoutArchivesCannotBeLocated() {
        List<String> closed = new ArrayList<>();
        OpenSources sources = OpenSources.open(List.of(new SourceType(SourceKind.MAVEN_ARTIFACT,
                c -> new Recording(SourceKind.MAVEN_ARTIFACT, closed))), context(null));
        Exception e = assertThrows(Exception.class, () -> sources.archives().locate(
                new PackageRef(SourceKind.MAVEN_ARTIFACT, "https://repo.example", "g:a"), null));
        assertEquals("no source of 'maven' packages publishes archives", e.getMessage());
    }

    private static SourceContext context(HttpCaller http) {
        return new SourceContext(http, HttpSettings.defaults(), List.of(), List.of(), 1 << 20, RegistryCredentials.none(), List.of(),
                url -> List.of());
    }

    private record Recording(SourceKind kind, List<String> closed) implements ReleaseSource {
        @Override
        public Map<PackageRef, LookupResult> lookup(Collection<PackageRef> packages) {
            return Map.of();
        }

        @Override
        public List<FetchStat> stats() {
            return List.of();
        }

        @Override
        public void close() {
            closed.add(kind.id());
        }
    }
}
