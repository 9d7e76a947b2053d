package io.kubesteward.declarations;

import java.util.List;

/**
 * Finds where versions are declared in one kind of file. Both steps are pure functions: no file,
 * network or version logic. {@code extract} reads one file into facts of type {@code F};
 * {@code link} turns the facts of all candidate files into declarations, for file kinds whose
 * declarations refer to objects in other files (a Flux HelmRelease and its HelmRepository).
 */
public interface DeclarationExtractor<F> {

    /** Stable id, for reports and rules. */
    String id();

    /** A cheap test on the path and raw text; only candidates are parsed. */
    boolean isCandidate(String path, String content);

    FileResult<F> extract(String path, String content);

    List<ExtractedDeclaration> link(List<F> files);
}
