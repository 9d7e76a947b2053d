package io.kubesteward.model;

import java.util.List;

/** What a source answered for one package: its releases, or why it could not say. */
public record LookupResult(PackageRef pkg, List<Release> releases, String failure) {
    public LookupResult {
        releases = releases == null ? List.of() : List.copyOf(releases);
    }

    public static LookupResult found(PackageRef pkg, List<Release> releases) {
        return new LookupResult(pkg, releases, null);
    }

    public static LookupResult failed(PackageRef pkg, String why) {
        return new LookupResult(pkg, List.of(), why);
    }

    public boolean ok() {
        return failure == null;
    }
}
