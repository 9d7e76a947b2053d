package io.kubesteward.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.SourceKind;
import io.kubesteward.model.UpdateType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Renovate's docker versioning, case by case (cases after Renovate's own docker versioning tests). */
class DockerVersioningTest {
    private final VersionScheme docker = new DockerVersioning();

    @Test
    void isTheDefaultForImages() {
        assertEquals("docker", docker.id());
        assertTrue(VersionSchemes.forSource(SourceKind.DOCKER_IMAGE) instanceof DockerVersioning);
        assertSame(VersionSchemes.byId("docker"), VersionSchemes.forSource(SourceKind.DOCKER_IMAGE));
    }

    @ParameterizedTest(name = "{0}: valid={1} stable={2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.2.3                 ; true  ; true
            v1.2                  ; true  ; true
            16                    ; true  ; true
            2024.5.5              ; true  ; true
            1.40.2.8395-c67dce28e ; true  ; true
            1.2.3.4.5             ; true  ; true
            1.2.3-alpine          ; true  ; true
            1.2.3-alpine3.19      ; true  ; true
            1.0.0-rc1             ; true  ; true
            2.0.0rc1              ; true  ; false
            3.7.0b1               ; true  ; false
            1.2beta-alpine        ; true  ; false
            20240505              ; true  ; true
            1234567               ; true  ; true
            latest                ; false ; false
            stable-alpine         ; false ; false
            alpine                ; false ; false
            abc1234               ; false ; false
            1234abc               ; false ; false
            c67dce28e             ; false ; false
            V1.2.3                ; false ; false
            1.2.                  ; false ; false
            .1                    ; false ; false
            1.2.3+build           ; false ; false
            ''                    ; false ; false
            """)
    void tellsVersionTagsFromOtherTags(String tag, boolean valid, boolean stable) {
        assertEquals(valid, docker.isValid(tag));
        assertEquals(stable, docker.isStable(tag));
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.2.3         ; 1.2.4         ; -1
            1.10.0        ; 1.9.0         ; 1
            v1.2.3        ; 1.2.3         ; 0
            2.1           ; 2.1.1         ; 1
            2.1.1         ; 2.1           ; -1
            1.2.3rc1      ; 1.2.3         ; -1
            1.2.3a1       ; 1.2.3b1       ; -1
            1.2.3-alpine  ; 1.2.3         ; -1
            1.2.3-alpine  ; 1.2.3-slim    ; 1
            1.2.3-alpine  ; 1.2.3-alpine  ; 0
            1.2.4-alpine  ; 1.2.3-alpine  ; 1
            2024.10.1     ; 2024.9.30     ; 1
            99999999999999999999 ; 100000000000000000000 ; -1
            007           ; 7             ; 0
            """)
    void ordersTagsAsRenovateDoes(String a, String b, int sign) {
        assertEquals(sign, Integer.signum(docker.comparator().compare(a, b)));
        assertEquals(-sign, Integer.signum(docker.comparator().compare(b, a)));
    }

    @ParameterizedTest(name = "{0} may replace {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.2.4-alpine          ; 1.2.3-alpine          ; true
            1.2.4                 ; 1.2.3-alpine          ; false
            1.2.4-slim            ; 1.2.3-alpine          ; false
            1.3                   ; 1.2.3                 ; false
            1.3.0                 ; 1.2.3                 ; true
            v1.3.0                ; 1.2.3                 ; true
            17                    ; 16                    ; true
            17.0                  ; 16                    ; false
            1.40.3.8500-d1e2f3a4b ; 1.40.2.8395-c67dce28e ; true
            1.40.3.8500-alpine    ; 1.40.2.8395-c67dce28e ; false
            1.40.3-d1e2f3a4b      ; 1.40.2.8395-c67dce28e ; false
            1.2.4-20240101        ; 1.2.3-c67dce28e       ; false
            2.0.0rc1              ; 1.2.3                 ; true
            latest                ; 1.2.3                 ; false
            """)
    void movesOnlyWithinTheSameVariant(String version, String current, boolean compatible) {
        assertEquals(compatible, docker.isCompatible(version, current));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.2.3            ; 1.2.4            ; PATCH
            1.2.3            ; 1.3.0            ; MINOR
            1.2.3            ; 2.0.0            ; MAJOR
            16               ; 17               ; MAJOR
            v1.2             ; v1.3             ; MINOR
            1.40.2.8395-abc  ; 1.40.2.8400-def  ; PATCH
            1.2.3-alpine     ; 1.2.10-alpine    ; PATCH
            2024.5.5         ; 2024.6.1         ; MINOR
            1.2.3rc1         ; 1.2.3            ; PATCH
            """)
    void classifiesUpdatesByNumericPart(String from, String to, UpdateType type) {
        assertEquals(type, docker.updateType(from, to));
    }

    @Test
    void buildHashesDoNotOrderTagsWithTheSameNumbers() {
        assertEquals(0, docker.comparator().compare("1.40.2.8395-c67dce28e", "1.40.2.8395-ffffffff1"), "the same build, rebuilt");
        assertTrue(docker.comparator().compare("1.41.0.8992-8463ad060", "1.40.2.8395-c67dce28e") > 0);
        List<String> tags = new ArrayList<>(List.of("1.41.0.8992-8463ad060", "1.40.2.8395-c67dce28e", "1.40.3.8555-fef15d30c"));
        tags.sort(docker.comparator());
        assertEquals(List.of("1.40.2.8395-c67dce28e", "1.40.3.8555-fef15d30c", "1.41.0.8992-8463ad060"), tags);
    }

    @Test
    void hasNoConstraints() {
        for (String text : List.of("^1.2", "1.x", ">=1", "1.2.3", "latest")) {
            assertFalse(docker.isConstraint(text), text);
            assertFalse(docker.isValidConstraint(text), text);
        }
        assertTrue(docker.satisfies("1.2.3", "1.2.3"));
        assertFalse(docker.satisfies("1.2.4", "1.2.3"));
    }

    @Test
    void sortsCompatibleTagsNewestLast() {
        List<String> tags = new ArrayList<>(List.of("1.21.0-alpine", "1.9.2-alpine", "1.21.1-alpine", "1.21.0rc1-alpine"));
        tags.sort(docker.comparator());
        assertEquals(List.of("1.9.2-alpine", "1.21.0rc1-alpine", "1.21.0-alpine", "1.21.1-alpine"), tags);
    }

    @Test
    void refusesToCompareTagsThatAreNotVersions() {
        assertThrows(IllegalArgumentException.class, () -> docker.comparator().compare("latest", "1.2.3"));
        assertThrows(IllegalArgumentException.class, () -> docker.updateType("latest", "1.2.3"));
    }
}
