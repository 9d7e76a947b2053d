package io.kubesteward.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.UpdateType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HelmVersioningTest {

    private final VersionScheme helm = new HelmVersioning();

    @Test
    void isIdentifiedAsHelm() {
        assertEquals("helm", helm.id());
    }

    @ParameterizedTest(name = "{0}: valid={1} stable={2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.2.3               ; true  ; true
            v1.2.3              ; true  ; true
            1.2                 ; true  ; true
            1                   ; true  ; true
            1.2.3+build.4       ; true  ; true
            1.2.3-rc.1          ; true  ; false
            v2.0.0-alpha+exp.sha.5114f85 ; true ; false
            0.0.0-0             ; true  ; false
            V1.2.3              ; false ; false
            1.2.3.4             ; false ; false
            1.2.3-01            ; false ; false
            ^1.2.3              ; false ; false
            1.x                 ; false ; false
            latest              ; false ; false
            ''                  ; false ; false
            """)
    @CatalogueEntry(17)
    void tellsValidAndStableVersions(String version, boolean valid, boolean stable) {
        assertEquals(valid, helm.isValid(version));
        assertEquals(stable, helm.isStable(version));
    }

    @Test
    void treatsNullAsNeitherVersionNorConstraint() {
        assertFalse(helm.isValid(null));
        assertFalse(helm.isStable(null));
        assertFalse(helm.isConstraint(null));
        assertFalse(helm.isValidConstraint(null));
    }

    @ParameterizedTest(name = "{0}: constraint={1} validConstraint={2}")
    @CsvSource(delimiter = ';', textBlock = """
            ^1.2.0                   ; true  ; true
            ~1.2                     ; true  ; true
            >=1.0.0 <2.0.0           ; true  ; true
            '>=1.0.0, <2.0.0'        ; true  ; true
            1.x                      ; true  ; true
            1.2.X                    ; true  ; true
            *                        ; true  ; true
            1.2 - 1.4.5              ; true  ; true
            ^1 || ^2                 ; true  ; true
            !=1.2.3                  ; true  ; true
            1.2                      ; true  ; true
            1                        ; true  ; true
            1.2.3                    ; false ; true
            v1.2.3                   ; false ; true
            =1.2.3                   ; false ; true
            1.2.3-rc.1               ; false ; true
            latest                   ; false ; false
            ''                       ; false ; false
            '>= 1.0 ||'              ; false ; false
            ^1.2.3.4                 ; false ; false
            """)
    void tellsConstraintsFromPinnedVersions(String text, boolean constraint, boolean validConstraint) {
        assertEquals(constraint, helm.isConstraint(text));
        assertEquals(validConstraint, helm.isValidConstraint(text));
    }

    @ParameterizedTest(name = "{0} satisfies {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.8.9         ; ^1.2.3          ; true
            2.0.0         ; ^1.2.3          ; false
            1.3.0-rc.1    ; ^1.2.3          ; false
            1.3.0-rc.1    ; ^1.2.3-0        ; true
            v1.2.5        ; ~1.2            ; true
            1.2           ; 1.2.x           ; true
            1.2.3+build.9 ; =1.2.3          ; true
            not-a-version ; *               ; false
            V1.2.3        ; *               ; false
            """)
    void checksVersionsAgainstConstraints(String version, String constraint, boolean expected) {
        assertEquals(expected, helm.satisfies(version, constraint));
    }

    @Test
    void refusesToCheckAgainstAnInvalidConstraint() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> helm.satisfies("1.2.3", "~> one"));

        assertTrue(error.getMessage().startsWith("'~> one' is not a Helm version constraint"), error.getMessage());
    }

    @CatalogueEntry(17)
    @Test
    void sortsLowestFirstKeepingTheTextAsGiven() {
        List<String> versions = new ArrayList<>(List.of(
                "1.2.3", "1.0", "1.3", "2", "0.4.2", "v1.10.0", "1.2.3-rc.1", "1.2.3-beta.11", "1.2.3-beta.2",
                "01.9.0"));

        versions.sort(helm.comparator());

        assertEquals(List.of(
                "0.4.2", "1.0", "1.2.3-beta.2", "1.2.3-beta.11", "1.2.3-rc.1", "1.2.3", "1.3", "01.9.0", "v1.10.0",
                "2"), versions);
    }

    @Test
    void comparesEqualPrecedenceAsEqual() {
        assertEquals(0, helm.comparator().compare("1.2", "v1.2.0+build.3"));
    }

    @Test
    void refusesToOrderAnInvalidVersion() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> helm.comparator().compare("1.2.3", "stable"));

        assertTrue(error.getMessage().startsWith("'stable' is not a Helm (semver) version"), error.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.2.3        ; 2.0.0        ; MAJOR
            1.2.3        ; 1.3.0        ; MINOR
            1.2.3        ; 1.2.4        ; PATCH
            1.2.3        ; 2.2.3        ; MAJOR
            0.1.0        ; 0.2.0        ; MINOR
            0.0.1        ; 0.0.2        ; PATCH
            0.9.9        ; 1.0.0        ; MAJOR
            1.2.3-rc.1   ; 1.2.3        ; PATCH
            1.2.3        ; 1.3.0-beta.1 ; MINOR
            1.2.3+a      ; 1.2.3+b      ; PATCH
            v1.2         ; 1.3          ; MINOR
            1            ; 2            ; MAJOR
            01.2.3       ; 1.2.4        ; PATCH
            """)
    void classifiesUpdatesByTheFirstNumberThatChanges(String from, String to, UpdateType expected) {
        assertEquals(expected, helm.updateType(from, to));
    }

    @Test
    void refusesToClassifyAnInvalidVersion() {
        assertThrows(IllegalArgumentException.class, () -> helm.updateType("1.2.3", "next"));
        assertThrows(IllegalArgumentException.class, () -> helm.updateType("1.x", "1.2.3"));
    }
}
