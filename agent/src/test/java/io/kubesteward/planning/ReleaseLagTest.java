package io.kubesteward.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.model.Release;
import io.kubesteward.versioning.VersionSchemes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseLagTest {
    private static Release release(String version, String date) {
        return new Release(version, date == null ? null : Instant.parse(date + "T00:00:00Z"), null, null, null, false, null, List.of(), null);
    }

    @Test
    void countsTheStableReleasesNewerThanTheCurrentOneAndDatesBoth() {
        List<Release> releases = List.of(release("1.0.0", "2024-01-01"), release("1.1.0", "2024-03-01"), release("2.0.0-rc.1", "2024-05-01"),
                release("2.0.0", "2024-06-01"), release("0.9.0", "2023-06-01"));
        assertEquals(Optional.of(new ReleaseLag(Instant.parse("2024-01-01T00:00:00Z"), "2.0.0", Instant.parse("2024-06-01T00:00:00Z"), 2)),
                ReleaseLag.of("1.0.0", releases, VersionSchemes.helm()), "the release candidate is not counted");
        assertEquals(Optional.of(new ReleaseLag(Instant.parse("2024-06-01T00:00:00Z"), "2.0.0", Instant.parse("2024-06-01T00:00:00Z"), 0)),
                ReleaseLag.of("2.0.0", releases, VersionSchemes.helm()), "current: no lag");
        assertEquals(Optional.of(new ReleaseLag(null, "2.0.0", Instant.parse("2024-06-01T00:00:00Z"), 4)),
                ReleaseLag.of("0.8.0", releases, VersionSchemes.helm()), "a version the index no longer lists has no date");
        assertEquals(Optional.empty(), ReleaseLag.of("^1.0", releases, VersionSchemes.helm()), "a range is not one version");
    }
}
