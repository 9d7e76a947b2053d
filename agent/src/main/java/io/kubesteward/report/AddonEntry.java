package io.kubesteward.report;

import java.util.List;

/**
 * One add-on found in the cluster (docs/report-schema.md, "Add-on"): what runs and where that version
 * was read, where newer versions come from, what policy allows, whether the repository manages it
 * (its declarations and the proposals that upgrade it) or how to bring it under Git.
 */
public record AddonEntry(
        String name,
        String namespace,
        String description,
        String running,
        String versionFrom,
        SourceEntry source,
        String newestAllowed,
        String newest,
        String status,
        String reason,
        boolean managed,
        List<ManagedByEntry> declarations,
        List<String> proposals,
        String advice,
        List<String> seenIn) {

    public AddonEntry {
        declarations = List.copyOf(declarations);
        proposals = List.copyOf(proposals);
        seenIn = List.copyOf(seenIn);
    }

    /** Where versions are looked up: {@code kind} {@code helm}, {@code oci-chart} or {@code docker}, the repository and the package in it. */
    public record SourceEntry(String kind, String repository, String name) {
    }

    /** A declaration that manages the add-on: where, of which kind, and the version it declares. */
    public record ManagedByEntry(String file, int line, String kind, String current) {
    }
}
