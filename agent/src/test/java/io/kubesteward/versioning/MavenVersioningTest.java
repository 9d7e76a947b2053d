package io.kubesteward.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.SourceKind;
import io.kubesteward.model.UpdateType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MavenVersioningTest {

    private final VersionScheme maven = new MavenVersioning();

    @Test
    void isTheSchemeOfMavenArtifactsAndFoundByItsId() {
        assertEquals("maven", maven.id());
        assertTrue(VersionSchemes.forSource(SourceKind.MAVEN_ARTIFACT) instanceof MavenVersioning);
        assertSame(VersionSchemes.byId("maven"), VersionSchemes.forSource(SourceKind.MAVEN_ARTIFACT));
    }

    @ParameterizedTest(name = "{0}: valid={1} stable={2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.2.3                 ; true  ; true
            1                     ; true  ; true
            1.2.3.4.5             ; true  ; true
            v1.2.3                ; true  ; true
            1.0.0.RELEASE         ; true  ; true
            5.3.0.Final           ; true  ; true
            32.1.3-jre            ; true  ; true
            1.2.3-sp1             ; true  ; true
            1.2.3-1               ; true  ; true
            1.2.3+build.5         ; true  ; true
            1.2.3-dev             ; true  ; true
            1.0a                  ; true  ; true
            1.0-b                 ; true  ; true
            2.0.0-M1              ; true  ; false
            2.0.0-m12             ; true  ; false
            1.0-milestone-2       ; true  ; false
            1.0-a1                ; true  ; false
            1.0b2                 ; true  ; false
            1.2.3-alpha           ; true  ; false
            1.2.3-Beta.1          ; true  ; false
            2.0.0.Beta1           ; true  ; false
            1.2.3-rc.1            ; true  ; false
            1.2.3-RC1             ; true  ; false
            6.0.0.CR2             ; true  ; false
            1.2.3-preview         ; true  ; false
            21-ea                 ; true  ; false
            21-ea+35              ; true  ; false
            1.2.3-SNAPSHOT        ; true  ; false
            1.2.3-snap            ; true  ; false
            [1.0,2.0)             ; false ; false
            [1.5]                 ; false ; false
            (,1.0]                ; false ; false
            '1.0,2.0'             ; false ; false
            ^1.2.0                ; false ; false
            '${project.version}'  ; false ; false
            1.2.                  ; false ; false
            -1.2                  ; false ; false
            '1.2 3'               ; false ; false
            LATEST                ; false ; false
            release               ; false ; false
            ''                    ; false ; false
            '  '                  ; false ; false
            """)
    void tellsValidAndStableVersions(String version, boolean valid, boolean stable) {
        assertEquals(valid, maven.isValid(version));
        assertEquals(stable, maven.isStable(version));
    }

    @Test
    void treatsNullAsNeitherVersionNorConstraint() {
        assertFalse(maven.isValid(null));
        assertFalse(maven.isStable(null));
        assertFalse(maven.isConstraint(null));
        assertFalse(maven.isValidConstraint(null));
    }

    @ParameterizedTest(name = "{0}: constraint={1} validConstraint={2}")
    @CsvSource(delimiter = ';', textBlock = """
            '[1.0,2.0)'           ; true  ; true
            '(,1.0]'              ; true  ; true
            '[,1.0]'              ; true  ; true
            '[1.5]'               ; true  ; true
            '[1.0,2.0),[3.0,)'    ; true  ; true
            '[1.0,2.0][3.0,4.0]'  ; true  ; true
            ' [ 1.0 , 2.0 ) '     ; true  ; true
            1.5                   ; false ; true
            '[1.0,'               ; false ; false
            '[1.0,2.0'            ; false ; false
            '[2.0,1.0]'           ; false ; false
            '(1.0)'               ; false ; false
            '[1,2,3]'             ; false ; false
            '1.0,2.0'             ; false ; false
            ^1.2.0                ; false ; false
            ''                    ; false ; false
            """)
    void tellsRangesFromVersions(String text, boolean constraint, boolean validConstraint) {
        assertEquals(constraint, maven.isConstraint(text));
        assertEquals(validConstraint, maven.isValidConstraint(text));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.0          ; '[1.0,2.0)'          ; true
            1.9.9        ; '[1.0,2.0)'          ; true
            2.0          ; '[1.0,2.0)'          ; false
            2.0.0        ; '[1.0,2.0)'          ; false
            2.0.0-M1     ; '[1.0,2.0)'          ; true
            2.0.0-SNAPSHOT ; '[1.0,2.0)'        ; true
            0.9          ; '[1.0,2.0)'          ; false
            1.0          ; '(1.0,2.0)'          ; false
            1.0.1        ; '(1.0,2.0)'          ; true
            1.0          ; '(,1.0]'             ; true
            0.1          ; '(,1.0]'             ; true
            1.0.1        ; '(,1.0]'             ; false
            1.5          ; '[1.5]'              ; true
            1.5.0        ; '[1.5]'              ; true
            1.5.1        ; '[1.5]'              ; false
            1.5          ; '[1.0,2.0),[3.0,)'   ; true
            2.5          ; '[1.0,2.0),[3.0,)'   ; false
            30.0         ; '[1.0,2.0),[3.0,)'   ; true
            1.5          ; 1.5                  ; true
            1.5.0        ; 1.5                  ; true
            1.5.0.Final  ; 1.5                  ; true
            1.6          ; 1.5                  ; false
            '[1.5]'      ; '[1.0,2.0)'          ; false
            not a version ; '[1.0,2.0)'         ; false
            """)
    void checksVersionsAgainstRanges(String version, String constraint, boolean satisfied) {
        assertEquals(satisfied, maven.satisfies(version, constraint));
    }

    @Test
    void refusesAnInvalidRangeInsteadOfGuessing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> maven.satisfies("1.0", "[1.0,"));
        assertTrue(e.getMessage().contains("'[1.0,' is not a Maven version or range"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> maven.satisfies("1.0", "^1.0"));
        assertThrows(IllegalArgumentException.class, () -> maven.satisfies("1.0", null));
    }

    /** The resolver's order, including the quirks research/feasibility.md lists for GenericVersionScheme. */
    @Test
    void ordersAsMavenResolverDoes() {
        List<String> ascending = List.of("v1.2.3", "v1.10.0", "1.2", "1.2.3-alpha", "1.2.3-beta.1", "1.2.3-rc.1",
                "1.2.3-rc.2", "1.2.3-rc.10", "1.2.3-SNAPSHOT", "1.2.3", "1.2.3-sp1", "1.2.3+build", "1.2.3+build.5",
                "1.2.3-0.20240101-abcdef", "1.2.3-1", "1.10.0", "2.0.0-M1", "4.9.0", "4.10.0");
        List<String> shuffled = new ArrayList<>(ascending);
        Collections.reverse(shuffled);
        shuffled.sort(maven.comparator());
        assertEquals(ascending, shuffled);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.2.3          ; 1.2.3.0        ; 0
            1.2.3          ; 1.2.3.Final    ; 0
            1.2.3          ; 1.2.3-ga       ; 0
            1.0.0.RELEASE  ; 1.0.0          ; 0
            1              ; 1.0            ; 0
            1.2.3-RC1      ; 1.2.3-rc1      ; 0
            1.2.3-cr1      ; 1.2.3-rc1      ; 0
            1.2.3-M1       ; 1.2.3-milestone1 ; 0
            1.2.3-a1       ; 1.2.3-alpha1   ; 0
            1.2.3-a        ; 1.2.3-alpha    ; 1
            1.2.3-jre      ; 1.2.3          ; 1
            1.2.3-ea       ; 1.2.3          ; 1
            1.2.3-preview  ; 1.2.3          ; 1
            1.2.3+build    ; 1.2.3          ; 1
            1.2.3-1        ; 1.2.3          ; 1
            32.0.0-jre     ; 31.1-jre       ; 1
            v9.9.9         ; 0.0.1          ; -1
            2.0.0.Beta1    ; 2.0.0          ; -1
            """)
    void keepsTheResolversQuirks(String left, String right, int sign) {
        assertEquals(sign, Integer.signum(maven.comparator().compare(left, right)));
    }

    @Test
    void refusesToCompareWhatIsNotAVersion() {
        assertThrows(IllegalArgumentException.class, () -> maven.comparator().compare("[1.0,2.0)", "1.0"));
        assertThrows(IllegalArgumentException.class, () -> maven.comparator().compare("1.0", "LATEST"));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.2.3          ; 1.2.4          ; PATCH
            1.2.3          ; 1.2.3.1        ; PATCH
            1.2.3-rc1      ; 1.2.3          ; PATCH
            1.2.3          ; 1.2.3-1        ; PATCH
            1.2            ; 1.2.1          ; PATCH
            1.2.3          ; 1.3.0          ; MINOR
            1              ; 1.1            ; MINOR
            31.1-jre       ; 31.2-jre       ; MINOR
            v1.2.3         ; v1.3.0         ; MINOR
            1.2.3          ; 2.0.0-M1       ; MAJOR
            31.1-jre       ; 32.0.0-jre     ; MAJOR
            5.3.0.Final    ; 6.0.0.CR2      ; MAJOR
            0.9            ; 1.0            ; MAJOR
            dev-build      ; 1.0            ; MAJOR
            """)
    void judgesUpdateTypeByTheFirstThreeNumbers(String from, String to, UpdateType type) {
        assertEquals(type, maven.updateType(from, to));
    }
}
