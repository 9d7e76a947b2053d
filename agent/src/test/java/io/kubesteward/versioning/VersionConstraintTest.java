package io.kubesteward.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rows marked "Masterminds" are its own test tables (TestConstraintCheck, TestConstraintsCheck)
 * or the examples in its README; the rest pin down the same rules at their edges.
 */
class VersionConstraintTest {

    @ParameterizedTest(name = "{0} admits {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            # Masterminds: equality, and = / no operator with a partial version (a tilde range)
            =2.0.0            ; 1.2.3         ; false
            =2.0.0            ; 2.0.0         ; true
            =2.0              ; 1.2.3         ; false
            =2.0              ; 2.0.0         ; true
            =2.0              ; 2.0.1         ; true
            4.1               ; 4.1.0         ; true
            '= 2.0'           ; 2.0.0         ; true
            =0                ; 1             ; false
            2                 ; 1             ; false
            2                 ; 3.4.5         ; false
            2                 ; 2.1.1         ; true
            2.1               ; 2.1.1         ; true
            2.1               ; 2.2.1         ; false
            =1.2.3            ; 1.2.3+build.7 ; true
            v1.2.3            ; 1.2.3         ; true
            1.2.3             ; v1.2.3        ; true
            # Masterminds: not equal
            !=4.1.0           ; 4.1.0         ; false
            !=4.1.0           ; 4.1.1         ; true
            !=4.1             ; 4.1.0         ; false
            !=4.1             ; 4.1.1         ; false
            !=4.1             ; 5.1.0-alpha.1 ; false
            !=4.1-alpha       ; 4.1.0         ; true
            !=4.1-alpha       ; 4.1.0-alpha   ; false
            !=4.1-alpha       ; 4.1.1-alpha   ; false
            !=4.1             ; 5.1.0         ; true
            !=4.x             ; 5.1.0         ; true
            !=4.x             ; 4.1.0         ; false
            !=4.1.x           ; 4.2.0         ; true
            !=4.2.x           ; 4.2.3         ; false
            # Masterminds: less than
            <11               ; 0.1.0         ; true
            <11               ; 11.1.0        ; false
            <1.1              ; 0.1.0         ; true
            <1.1              ; 1.1.0         ; false
            <1.1              ; 1.1.1         ; false
            <1.x              ; 1.1.1         ; false
            <1.x              ; 0.1.1         ; true
            <1.x              ; 2.0.0         ; false
            <2.x              ; 1.1.1         ; true
            <1.1.x            ; 1.2.1         ; false
            <1.1.x            ; 1.1.500       ; false
            <1.1.x            ; 1.0.500       ; true
            <1.2.x            ; 1.1.1         ; true
            <0                ; 0.0.0-alpha   ; false
            <0-z              ; 0.0.0-alpha   ; true
            # Masterminds: less than or equal (=< is the same operator)
            <=11              ; 1.2.3         ; true
            <=11              ; 12.2.3        ; false
            <=11              ; 11.2.3        ; true
            <=1.1             ; 1.2.3         ; false
            <=1.1             ; 0.1.0         ; true
            <=1.1             ; 1.1.0         ; true
            <=1.1             ; 1.1.1         ; true
            <=1.1             ; 0.1.0-alpha   ; false
            <=1.1-a           ; 0.1.0-alpha   ; true
            <=1.x             ; 1.1.0         ; true
            <=2.x             ; 3.0.0         ; false
            '<= 2.x'          ; 2.9.9         ; true
            <=1.1.x           ; 1.2.500       ; false
            <=4.5             ; 3.4.0         ; true
            <=4.5             ; 3.7.0         ; true
            <=4.5             ; 4.6.3         ; false
            =<1.2.0           ; 1.2.0         ; true
            =<1.2.0           ; 1.2.1         ; false
            # Masterminds: greater than
            >1.1              ; 4.1.0         ; true
            >1.1              ; 1.1.0         ; false
            >0                ; 0             ; false
            >0                ; 1             ; true
            >0                ; 0.0.1-alpha   ; false
            >0.0              ; 0.0.1-alpha   ; false
            >0-0              ; 0.0.1-alpha   ; false
            >0.0-0            ; 0.0.1-alpha   ; false
            >0                ; 0.0.0-alpha   ; false
            >0-0              ; 0.0.0-alpha   ; false
            >0.0.0-0          ; 0.0.0-alpha   ; true
            >1.2.3-alpha.1    ; 1.2.3-alpha.2 ; true
            >1.2.3-alpha.1    ; 1.3.3-alpha.2 ; true
            >11               ; 11.1.0        ; false
            >11.1             ; 11.1.0        ; false
            >11.1             ; 11.1.1        ; false
            >11.1             ; 11.2.1        ; true
            # Masterminds: greater than or equal (=> is the same operator)
            >=11              ; 11.1.2        ; true
            >=11.1            ; 11.1.2        ; true
            >=11.1            ; 11.0.2        ; false
            >=1.1             ; 4.1.0         ; true
            >=1.1             ; 4.1.0-beta    ; false
            >=1.1             ; 1.1.0         ; true
            >=1.1             ; 0.0.9         ; false
            >=0               ; 0.0.1-alpha   ; false
            >=0.0             ; 0.0.1-alpha   ; false
            >=0-0             ; 0.0.1-alpha   ; true
            >=0.0-0           ; 0.0.1-alpha   ; true
            >=0               ; 0.0.0-alpha   ; false
            >=0-0             ; 0.0.0-alpha   ; true
            >=0.0.0-0         ; 0.0.0-alpha   ; true
            >=0.0.0-0         ; 1.2.3         ; true
            >=0.0.0-0         ; 3.4.5-beta.1  ; true
            >=0               ; 0             ; true
            '>= 1.2.x'        ; 1.5.0         ; true
            =>1.2.0           ; 1.2.0         ; true
            =>1.2.0           ; 1.1.9         ; false
            # Masterminds: wildcards; x, X and * are interchangeable and * alone is >=0.0.0
            *                 ; 1             ; true
            *                 ; 4.5.6         ; true
            *                 ; 0.0.0         ; true
            *                 ; 1.2.3-alpha.1 ; false
            *-0               ; 1.2.3-alpha.1 ; true
            X                 ; 5.0.0         ; true
            x.1.2             ; 3.0.0         ; true
            2.*               ; 1             ; false
            2.*               ; 3.4.5         ; false
            2.*               ; 2.1.1         ; true
            2.1.*             ; 2.1.1         ; true
            2.1.*             ; 2.2.1         ; false
            1.x               ; 1.4           ; true
            1.X               ; 1.5.0         ; true
            4.1.x             ; 4.1.3         ; true
            1.2.x             ; 1.2.9         ; true
            1.2.x             ; 1.3.0         ; false
            0.x.x             ; 1.2.3         ; false
            0.0.x             ; 1.2.3         ; false
            0.0.0             ; 1.2.3         ; false
            # Masterminds: tilde (and ~>)
            ~1.2.3            ; 1.2.4         ; true
            ~1.2.3            ; 1.3.4         ; false
            ~1.2.3            ; 1.2.5         ; true
            ~1.2.3            ; 1.2.2         ; false
            ~1.2.3            ; 1.3.2         ; false
            ~1.2              ; 1.2.4         ; true
            ~1.2              ; 1.3.4         ; false
            ~1                ; 1.2.4         ; true
            ~1                ; 2.3.4         ; false
            ~1                ; 1.3.5         ; true
            ~1                ; 1.4           ; true
            ~1                ; 1.3.5-beta    ; false
            ~1.x              ; 2.1.1         ; false
            ~1.x              ; 1.3.5         ; true
            ~1.x              ; 1.3.5-beta    ; false
            ~1.1              ; 1.1.1         ; true
            ~1.1              ; 1.1.1-alpha   ; false
            ~1.1              ; 1.2.3         ; false
            ~1.3              ; 2.4.5         ; false
            ~0.2.3            ; 0.2.5         ; true
            ~0.2.3            ; 0.3.5         ; false
            ~1.2.3-beta.2     ; 1.2.3-beta.4  ; true
            ~1.2.3-beta.2     ; 1.2.4-beta.2  ; true
            ~1.2.3-beta.2     ; 1.3.4-beta.2  ; false
            ~1.1-alpha        ; 1.1.1-beta    ; true
            ~1.1.1-beta       ; 1.1.1-alpha   ; false
            ~1.1.1-beta       ; 1.1.1         ; true
            ~1.3.6-alpha      ; 1.3.5-beta    ; false
            ~1.3.5-alpha      ; 1.3.5-beta    ; true
            ~*                ; 2.1.1         ; true
            ~0.0.0            ; 1.2.3         ; true
            ~>1.2.3           ; 1.2.9         ; true
            ~>1.2.3           ; 1.3.0         ; false
            ~>1.2             ; 1.2.0         ; true
            ~2.0              ; 2.0.5         ; true
            ~2.0              ; 2.1.0         ; false
            ~0                ; 0.9.0         ; true
            ~0                ; 1.0.0         ; false
            ~0.0              ; 0.0.7         ; true
            ~0.0              ; 0.1.0         ; false
            # Masterminds: caret; with a 0 major the minor is the breaking part, with 0.0 the patch
            ^1.2.3            ; 1.8.9         ; true
            ^1.2.3            ; 2.8.9         ; false
            ^1.2.3            ; 1.2.1         ; false
            ^1.1.0            ; 2.1.0         ; false
            ^1.2.0            ; 2.2.1         ; false
            ^1.2.0            ; 1.2.1-alpha.1 ; false
            ^1.2.0-alpha.0    ; 1.2.1-alpha.1 ; true
            ^1.2.0-alpha.0    ; 1.2.1-alpha.0 ; true
            ^1.2.0-alpha.2    ; 1.2.0-alpha.1 ; false
            ^1.2              ; 1.8.9         ; true
            ^1.2              ; 2.8.9         ; false
            ^1                ; 1.8.9         ; true
            ^1                ; 2.8.9         ; false
            ^1.1              ; 1.1.1         ; true
            ^1.1              ; 1.1.1-alpha   ; false
            ^1.1              ; 4.3.2         ; false
            ^1.1.1-alpha      ; 1.1.1-beta    ; true
            ^1.1.1-beta       ; 1.1.1-alpha   ; false
            ^1.x              ; 1.1.1         ; true
            ^2.x              ; 1.1.1         ; false
            ^1.x              ; 2.1.1         ; false
            ^1.x              ; 1.1.1-beta1   ; false
            ^1.1.2-alpha      ; 1.2.1-beta1   ; true
            ^1.2.x-alpha      ; 1.1.1-beta1   ; false
            ^0.2.3            ; 0.2.5         ; true
            ^0.2.3            ; 0.5.6         ; false
            ^0.2              ; 0.2.5         ; true
            ^0.2              ; 0.5.6         ; false
            ^0.0.3            ; 0.0.3         ; true
            ^0.0.3            ; 0.0.4         ; false
            ^0.0              ; 0.0.3         ; true
            ^0.0              ; 0.1.4         ; false
            ^0.0              ; 1.0.4         ; false
            ^0                ; 0.2.3         ; true
            ^0                ; 1.1.4         ; false
            ^0.0.1            ; 0.0.1         ; true
            ^0.0.1            ; 0.3.1         ; false
            ^0.0.1            ; 0.1.3         ; false
            ^0.0.0            ; 1.2.3         ; false
            ^0.2.3-beta.2     ; 0.2.3-beta.4  ; true
            ^0.2.3-beta.2     ; 0.2.4-beta.2  ; true
            ^0.2.3-beta.2     ; 0.3.4-beta.2  ; false
            ^0.2.3-beta.2     ; 0.2.3-beta.2  ; true
            # caret edges of the 0.x ranges
            ^0.x              ; 0.9.9         ; true
            ^0.x              ; 1.0.0         ; false
            ^0.0.x            ; 0.0.9         ; true
            ^0.0.x            ; 0.1.0         ; false
            ^0.2.x            ; 0.2.9         ; true
            ^0.2.x            ; 0.3.0         ; false
            ^2.3              ; 2.9.0         ; true
            ^2.3              ; 3.0.0         ; false
            # Masterminds quirks kept on purpose: ^* admits only 0.0.0 (issue #317), <=* only 0.0.x, !=* all but 0.0.0
            ^*                ; 0.0.0         ; true
            ^*                ; 0.0.1         ; false
            ^*                ; 1.0.0         ; false
            <=*               ; 0.0.5         ; true
            <=*               ; 0.1.0         ; false
            !=*               ; 0.0.0         ; false
            !=*               ; 1.0.0         ; true
            # Masterminds: AND by comma or whitespace, OR by ||
            '>1.1, <2'        ; 1.1.1         ; false
            '>1.1, <2'        ; 1.2.1         ; true
            '>1.1, <3'        ; 4.3.2         ; false
            '>=1.1, <2, !=1.2.3' ; 1.2.3      ; false
            >1.1 <2           ; 1.1.1         ; false
            >1.1 <2           ; 1.2.1         ; true
            '>1.1    <3'      ; 4.3.2         ; false
            '>=1.1    <2    !=1.2.3' ; 1.2.3  ; false
            '>=1.1, <2, !=1.2.3 || > 3'  ; 4.1.2 ; true
            '>=1.1, <2, !=1.2.3 || > 3'  ; 3.1.2 ; false
            '>=1.1, <2, !=1.2.3 || >= 3' ; 3.0.0 ; true
            '>=1.1, <2, !=1.2.3 || > 3'  ; 3.0.0 ; false
            '>=1.1, <2, !=1.2.3 || > 3'  ; 1.2.3 ; false
            '>=1.1 <2 !=1.2.3 || > 3'    ; 4.1.2 ; true
            '>= 1.1 <2 != 1.2.3 || >= 3' ; 3.0.0 ; true
            '> 1.1, <     2'  ; 1.1.1         ; false
            '>   1.1, <2'     ; 1.2.1         ; true
            '>= 1.2, < 3.0.0 || >= 4.2.3' ; 2.9.0 ; true
            '>= 1.2, < 3.0.0 || >= 4.2.3' ; 3.5.0 ; false
            '>= 1.2, < 3.0.0 || >= 4.2.3' ; 4.2.3 ; true
            ' >= 1.2.0 , < 2.0.0 ' ; 1.5.0    ; true
            '^1.2 || ^2.0'    ; 2.5.0         ; true
            '^1.2 || ^2.0'    ; 3.0.0         ; false
            # Masterminds: hyphen ranges, inclusive at both ends, combinable with other comparisons
            1.1 - 2           ; 1.1.1         ; true
            1.5.0 - 4.5       ; 3.7.0         ; true
            1.2 - 1.4.5       ; 1.2.0         ; true
            1.2 - 1.4.5       ; 1.4.5         ; true
            1.2 - 1.4.5       ; 1.4.6         ; false
            1.2 - 1.4.5       ; 1.1.9         ; false
            2.3.4 - 4.5       ; 4.5.9         ; true
            2.3.4 - 4.5       ; 4.6.0         ; false
            1.1-3             ; 4.3.2         ; false
            1.0.0 - 2.0.0 <=2.0.0  ; 1.5.0    ; true
            '1.0.0 - 2.0.0, <=2.0.0' ; 1.5.0  ; true
            1.2.3 - 2.3.4 || 3.0.0 - 4.0.0 ; 3.5.0 ; true
            1.2.3 - 2.3.4 || 3.0.0 - 4.0.0 ; 2.5.0 ; false
            # v prefixes on either side
            '>= v1.2.0'       ; v1.3.0        ; true
            ^v1.2             ; v1.9.0        ; true
            """)
    void admitsExactlyWhatMastermindsAdmits(String constraint, String version, boolean expected) {
        VersionConstraint parsed = VersionConstraint.parse(constraint);

        assertEquals(expected, parsed.isSatisfiedBy(SemanticVersion.parse(version)));
    }

    /**
     * Masterminds v3.3+: a pre-release passes only an AND group that names a pre-release, and then
     * every comparison in that group considers pre-releases, even outside the named version's patch.
     */
    @ParameterizedTest(name = "{0} admits {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            >=1.0.0 <2.0.0                   ; 1.5.0-beta  ; false
            >=1.0.0-0 <2.0.0                 ; 1.5.0-beta  ; true
            '>=1.2.0-alpha, <1.3.0'          ; 1.3.0-alpha ; true
            ^1.2.3                           ; 1.3.0-rc.1  ; false
            ^1.2.3-0                         ; 1.3.0-rc.1  ; true
            ^1.2.3 || >=2.0.0-0              ; 2.1.0-beta  ; true
            ^1.2.3 || >=2.0.0-0              ; 1.5.0-beta  ; false
            1.2.3-rc.1                       ; 1.2.3-rc.1  ; true
            1.2.3                            ; 1.2.3-rc.1  ; false
            *                                ; 0.1.0-dev   ; false
            """)
    @CatalogueEntry(18)
    void admitsPreReleasesOnlyWhenTheGroupNamesOne(String constraint, String version, boolean expected) {
        assertEquals(expected, VersionConstraint.parse(constraint).isSatisfiedBy(SemanticVersion.parse(version)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "foo", ">= bar", "BAR >= 1.2.3", "12.3.4.1234", "12.23.4.1234", "12.3.34~ 1.2.3", "1.2.3 ||",
        "|| 1.2.3", "1.2.3 || || 2.0.0", ">=1.0.0,", ",>=1.0.0", ">=1.0.0,,<2", "==1.2.3", ">>1", "<>1", "1.2.3-01",
        ">1.2.3x", "^", "~", "1.2.3 - ", "- 1.2.3", "1.2.3 -- 2.0.0", "1.2.3 | 2.0.0", "V1.2.3", ">=1.2.3 && <2",
        "1.2.3 and 2", "latest", "^1.2.3.4", "1.2.3-", "!1.2.3", "18446744073709551616"
    })
    void rejectsWhatMastermindsNewConstraintRejects(String text) {
        assertTrue(VersionConstraint.tryParse(text).isEmpty(), text);
        assertThrows(IllegalArgumentException.class, () -> VersionConstraint.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "12.3.34 ~1.2.3", "v2.3.5-20161202202307-sha.e8fc5e5", ">40.50.60, < 50.70", "3 - 4 || => 3.0, < 4",
        // after a wildcard Masterminds ignores the rest, even a '|' its segment pattern lets through
        "1.x.1|", "*.9"
    })
    void acceptsMastermindsOddButValidConstraints(String text) {
        assertTrue(VersionConstraint.tryParse(text).isPresent(), text);
    }

    @ParameterizedTest(name = "{0} -> {1} alternatives, first has {2} comparisons")
    @CsvSource(delimiter = ';', textBlock = """
            '>= 1.1'                          ; 1 ; 1
            '>40.50.60, < 50.70'              ; 1 ; 2
            '>= 1.2.3 < 2.0 || => 3.0 < 4'    ; 2 ; 2
            '>= 1.2.3, < 2.0 || => 3.0, < 4'  ; 2 ; 2
            '3 - 4 || => 3.0, < 4'            ; 2 ; 2
            '12.3.34 ~1.2.3'                  ; 1 ; 2
            '1.0.0 - 2.0.0, <=2.0.0'          ; 1 ; 3
            """)
    void splitsIntoGroupsAndComparisonsLikeMasterminds(String text, int alternatives, int firstGroupSize) {
        VersionConstraint constraint = VersionConstraint.parse(text);

        assertEquals(alternatives, constraint.alternatives().size());
        assertEquals(firstGroupSize, constraint.alternatives().get(0).comparisons().size());
    }

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(delimiter = ';', textBlock = """
            '>= 1.2'      ; GREATER_OR_EQUAL ; 1.2.0       ; MINOR
            1.0           ; EQUAL            ; 1.0.0       ; MINOR
            '<= 1.2'      ; LESS_OR_EQUAL    ; 1.2.0       ; MINOR
            '=< 1.2'      ; LESS_OR_EQUAL    ; 1.2.0       ; MINOR
            '=> 1.2'      ; GREATER_OR_EQUAL ; 1.2.0       ; MINOR
            v1.2          ; EQUAL            ; 1.2.0       ; MINOR
            =1.5          ; EQUAL            ; 1.5.0       ; MINOR
            '> 1.3'       ; GREATER          ; 1.3.0       ; MINOR
            '< 1.4.1'     ; LESS             ; 1.4.1       ; PATCH
            '< 40.50.10'  ; LESS             ; 40.50.10    ; PATCH
            ~>1           ; TILDE            ; 1.0.0       ; MAJOR
            ^1.x          ; CARET            ; 1.0.0       ; MAJOR
            !=4.2.x-beta  ; NOT_EQUAL        ; 4.2.0-beta  ; MINOR
            *             ; EQUAL            ; 0.0.0       ; NONE
            x.2.3-rc      ; EQUAL            ; 0.0.0-rc    ; NONE
            1.x.3         ; EQUAL            ; 1.0.0       ; MAJOR
            """)
    void readsOperatorBoundAndPrecision(String text, ComparisonOperator operator, String bound, BoundPrecision precision) {
        Comparison only = VersionConstraint.parse(text).alternatives().get(0).comparisons().get(0);

        assertEquals(operator, only.operator());
        assertEquals(0, only.bound().compareTo(SemanticVersion.parse(bound)), only.bound().original());
        assertEquals(SemanticVersion.parse(bound).preRelease(), only.bound().preRelease());
        assertEquals(precision, only.precision());
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(delimiter = ';', textBlock = """
            2 - 3                  ; '>= 2, <= 3 '
            2 - 3, 2 - 3           ; '>= 2, <= 3 ,>= 2, <= 3 '
            2 - 3, 4.0.0 - 5.1     ; '>= 2, <= 3 ,>= 4.0.0, <= 5.1 '
            2 - 3 4.0.0 - 5.1      ; '>= 2, <= 3 >= 4.0.0, <= 5.1 '
            1.0.0 - 2.0.0 <=2.0.0  ; '>= 1.0.0, <= 2.0.0 <=2.0.0'
            1.1-3                  ; 1.1-3
            """)
    void rewritesHyphenRangesLikeMasterminds(String text, String rewritten) {
        assertEquals(rewritten, ConstraintParser.rewriteHyphenRanges(text));
    }

    @ParameterizedTest(name = "{0} pins one version: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            1.2.3           ; true
            v1.2.3          ; true
            =1.2.3          ; true
            ' = 1.2.3 '     ; true
            1.2.3-rc.1      ; true
            1.2.3+build.1   ; true
            1.2             ; false
            1               ; false
            =1.2            ; false
            1.2.x           ; false
            *               ; false
            ^1.2.3          ; false
            ~1.2.3          ; false
            >=1.2.3         ; false
            1.2.3 || 1.2.4  ; false
            '1.2.3, 1.2.3'  ; false
            """)
    void knowsWhenItPinsOneVersion(String text, boolean expected) {
        assertEquals(expected, VersionConstraint.parse(text).pinsOneVersion());
    }

    @Test
    void explainsWhyAConstraintIsInvalid() {
        IllegalArgumentException notAComparison =
                assertThrows(IllegalArgumentException.class, () -> VersionConstraint.parse(">= 1.0 || bar"));
        IllegalArgumentException emptyAlternative =
                assertThrows(IllegalArgumentException.class, () -> VersionConstraint.parse("^1.0 ||"));
        IllegalArgumentException badVersion =
                assertThrows(IllegalArgumentException.class, () -> VersionConstraint.parse(">=1.2.3-01"));

        assertEquals("'>= 1.0 || bar' is not a Helm version constraint: 'bar' is not a list of comparisons"
                + " such as '>=1.2.0 <2.0.0' or '^1.2'", notAComparison.getMessage());
        assertEquals("'^1.0 ||' is not a Helm version constraint: an '||' alternative is empty",
                emptyAlternative.getMessage());
        assertEquals("'>=1.2.3-01' is not a Helm version constraint: '>=1.2.3-01' does not name a valid version",
                badVersion.getMessage());
    }

    @Test
    void rejectsInputBeyondMastermindsLimits() {
        String manyGroups = String.join(" || ", Collections.nCopies(33, "1.2.3"));
        String longText = ">=1.0.0" + " ".repeat(506);

        assertTrue(VersionConstraint.tryParse(String.join(" || ", Collections.nCopies(32, "1.2.3"))).isPresent());
        assertTrue(VersionConstraint.tryParse(manyGroups).isEmpty());
        assertEquals(513, longText.length());
        assertTrue(VersionConstraint.tryParse(longText).isEmpty());
        assertTrue(VersionConstraint.tryParse(longText.substring(0, 512)).isPresent());
    }
}
