package io.kubesteward.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SemanticVersionTest {

    @ParameterizedTest(name = "{0} -> {1}.{2}.{3} pre=[{4}] build=[{5}]")
    @CsvSource(delimiter = ';', textBlock = """
            1.2.3                      ; 1  ; 2  ; 3  ;                   ;
            v1.2.3                     ; 1  ; 2  ; 3  ;                   ;
            1                          ; 1  ; 0  ; 0  ;                   ;
            1.2                        ; 1  ; 2  ; 0  ;                   ;
            v1                         ; 1  ; 0  ; 0  ;                   ;
            0.0.0                      ; 0  ; 0  ; 0  ;                   ;
            01.02.003                  ; 1  ; 2  ; 3  ;                   ;
            1.2.3-alpha.1              ; 1  ; 2  ; 3  ; alpha.1           ;
            1.2-beta                   ; 1  ; 2  ; 0  ; beta              ;
            1-alpha                    ; 1  ; 0  ; 0  ; alpha             ;
            1.2.3-0                    ; 1  ; 2  ; 3  ; 0                 ;
            1.2.3-0a                   ; 1  ; 2  ; 3  ; 0a                ;
            1.2.3-alpha-1              ; 1  ; 2  ; 3  ; alpha-1           ;
            1.2.3-x-y-z.--             ; 1  ; 2  ; 3  ; x-y-z.--          ;
            1.2.3+build.5              ; 1  ; 2  ; 3  ;                   ; build.5
            1.2.3+001                  ; 1  ; 2  ; 3  ;                   ; 001
            2.0.0-rc.1+build.123       ; 2  ; 0  ; 0  ; rc.1              ; build.123
            1.0.0+0.build.1-rc.10000aaa-kk-0.1 ; 1 ; 0 ; 0 ;              ; 0.build.1-rc.10000aaa-kk-0.1
            1.2.3----RC-SNAPSHOT.12.9.1--.12+788 ; 1 ; 2 ; 3 ; ---RC-SNAPSHOT.12.9.1--.12 ; 788
            v2.3.5-20161202202307-sha.e8fc5e5 ; 2 ; 3 ; 5 ; 20161202202307-sha.e8fc5e5 ;
            """)
    void parsesWhatMastermindsNewVersionAccepts(
            String text, long major, long minor, long patch, String preRelease, String build) {
        SemanticVersion version = SemanticVersion.parse(text);

        assertEquals(major, version.major());
        assertEquals(minor, version.minor());
        assertEquals(patch, version.patch());
        assertEquals(identifiers(preRelease), version.preRelease());
        assertEquals(identifiers(build), version.build());
        assertEquals(preRelease != null, version.isPreRelease());
    }

    @Test
    void readsNumbersAsUnsigned64Bit() {
        SemanticVersion largest = SemanticVersion.parse("18446744073709551615.0.0");

        assertEquals("18446744073709551615", Long.toUnsignedString(largest.major()));
        assertTrue(largest.compareTo(SemanticVersion.parse("9223372036854775807.0.0")) > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "v", "latest", "V1.2.3", "vv1.2.3", " 1.2.3", "1.2.3 ", "1.2.3\n", "1.2.3.4", "1..2", ".1.2",
        "1.2.", "-1.2.3", "a.b.c", "1.x", "*", "1.2.3-", "1.2.3+", "1.2.3-01", "1.2.3-alpha.01", "1.2.3-alpha..1",
        "1.2.3+build..1", "1.2.3-alpha_beta", "1.2.3-ä", "1.2.3+b+c", "18446744073709551616.0.0", "=1.2.3", "^1.2.3"
    })
    @CatalogueEntry(17)
    void rejectsWhatMastermindsNewVersionRejects(String text) {
        assertTrue(SemanticVersion.tryParse(text).isEmpty(), text);
        assertThrows(IllegalArgumentException.class, () -> SemanticVersion.parse(text));
    }

    @Test
    void explainsWhyAVersionIsInvalid() {
        IllegalArgumentException leadingZero =
                assertThrows(IllegalArgumentException.class, () -> SemanticVersion.parse("1.2.3-rc.01"));
        IllegalArgumentException shape =
                assertThrows(IllegalArgumentException.class, () -> SemanticVersion.parse("V1.2.3"));

        assertEquals("'1.2.3-rc.01' is not a Helm (semver) version: pre-release identifier '01' is a number"
                + " with a leading zero", leadingZero.getMessage());
        assertTrue(shape.getMessage().startsWith("'V1.2.3' is not a Helm (semver) version: expected MAJOR"),
                shape.getMessage());
    }

    @Test
    void rejectsTextLongerThanMastermindsLimit() {
        String longVersion = "1.2.3-" + "a".repeat(250);
        String tooLong = longVersion + "a";

        assertEquals(256, longVersion.length());
        assertTrue(SemanticVersion.tryParse(longVersion).isPresent());
        assertTrue(SemanticVersion.tryParse(tooLong).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1.2", "1.2", "01.2.3", "v1.2.3-rc.1+build.9"})
    void keepsTheTextItWasGiven(String text) {
        SemanticVersion version = SemanticVersion.parse(text);

        assertEquals(text, version.original());
        assertEquals(text, version.toString());
        assertEquals(text.startsWith("v"), version.hasVPrefix());
    }

    @Test
    void ordersPreReleasesBySemverPrecedence() {
        List<String> ascending = List.of(
                "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1-0", "1.0.1", "1.9.0", "1.10.0", "2.0.0-alpha", "2.0.0");

        for (int i = 0; i + 1 < ascending.size(); i++) {
            SemanticVersion lower = SemanticVersion.parse(ascending.get(i));
            SemanticVersion higher = SemanticVersion.parse(ascending.get(i + 1));
            assertTrue(lower.compareTo(higher) < 0, lower + " < " + higher);
            assertTrue(higher.compareTo(lower) > 0, higher + " > " + lower);
        }
        List<SemanticVersion> shuffled = new ArrayList<>(ascending.stream().map(SemanticVersion::parse).toList());
        Collections.shuffle(shuffled, new Random(7));
        Collections.sort(shuffled);
        assertEquals(ascending, shuffled.stream().map(SemanticVersion::original).toList());
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1.2.3                 ; 1.2.3                ;  0
            1.2                   ; 1.2.0                ;  0
            1                     ; 1.0.0                ;  0
            v1.2.3                ; 1.2.3                ;  0
            01.2.3                ; 1.2.3                ;  0
            1.2.3+build.1         ; 1.2.3+build.2        ;  0
            1.2.3-beta+x          ; 1.2.3-beta           ;  0
            1.2.3-alpha           ; 1.2.3                ; -1
            1.2.3                 ; 1.2.4-alpha          ; -1
            1.2.3                 ; 1.3.0                ; -1
            1.2.3                 ; 2.0.0                ; -1
            1.2.3-1               ; 1.2.3-a              ; -1
            1.2.3-2               ; 1.2.3-10             ; -1
            1.2.3-a10             ; 1.2.3-a9             ; -1
            1.2.3-A               ; 1.2.3-a              ; -1
            1.2.3-alpha           ; 1.2.3-alpha.0        ; -1
            1.2.3-alpha.1         ; 1.2.3-alpha.beta     ; -1
            1.2.3-0.3.7           ; 1.2.3-0.3.8          ; -1
            1.2.3-99999999999999999999 ; 1.2.3--         ;  1
            """)
    void comparesLikeMastermindsCompare(String left, String right, int expectedSign) {
        SemanticVersion a = SemanticVersion.parse(left);
        SemanticVersion b = SemanticVersion.parse(right);

        assertEquals(expectedSign, Integer.signum(a.compareTo(b)));
        assertEquals(-expectedSign, Integer.signum(b.compareTo(a)));
    }

    @Test
    void equalPrecedenceIsNotRecordEquality() {
        SemanticVersion plain = SemanticVersion.parse("1.2.0");
        SemanticVersion partial = SemanticVersion.parse("1.2");

        assertEquals(0, plain.compareTo(partial));
        assertFalse(plain.equals(partial));
        assertEquals(SemanticVersion.parse("1.2"), partial);
    }

    private static List<String> identifiers(String dotted) {
        return dotted == null ? List.of() : Arrays.asList(dotted.split("\\.", -1));
    }
}
