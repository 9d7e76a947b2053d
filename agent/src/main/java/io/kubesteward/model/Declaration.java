package io.kubesteward.model;

/**
 * One place in the repository where a version is declared. {@code file} is relative to the
 * repository root with forward slashes. Either {@code pkg} is set (the package to look up) or
 * {@code skip} says why not; {@code span} locates {@code currentValue} exactly and is null only
 * when there is no value to edit.
 *
 * <p>Images may also pin a digest ({@code repo:tag@sha256:…} or {@code digest:} fields):
 * {@code currentDigest} and {@code digestSpan} locate it, and an update moves both. A digest-only
 * reference has a null {@code currentValue}. {@code versioning} names a version scheme when the
 * declaration chose one (a {@code versioning=} annotation); null means the source's default.
 */
public record Declaration(
        String file,
        DeclarationKind kind,
        String name,
        String currentValue,
        Span span,
        PackageRef pkg,
        SkipReason skip,
        String currentDigest,
        Span digestSpan,
        String versioning) {

    public Declaration {
        if (file == null || kind == null || name == null) {
            throw new IllegalArgumentException("file, kind and name are required");
        }
        if ((pkg == null) == (skip == null)) {
            throw new IllegalArgumentException("exactly one of pkg and skip must be set for " + file + " " + name);
        }
    }

    /** A declaration of a version only (no digest, default versioning). */
    public Declaration(String file, DeclarationKind kind, String name, String currentValue, Span span, PackageRef pkg, SkipReason skip) {
        this(file, kind, name, currentValue, span, pkg, skip, null, null, null);
    }

    public boolean skipped() {
        return skip != null;
    }

    public Declaration withPackage(PackageRef newPkg) {
        return new Declaration(file, kind, name, currentValue, span, newPkg, null, currentDigest, digestSpan, versioning);
    }

    public Declaration withSkip(SkipReason reason) {
        return new Declaration(file, kind, name, currentValue, span, null, reason, currentDigest, digestSpan, versioning);
    }

    public Declaration withDigest(String digest, Span where) {
        return new Declaration(file, kind, name, currentValue, span, pkg, skip, digest, where, versioning);
    }

    public Declaration withVersioning(String schemeId) {
        return new Declaration(file, kind, name, currentValue, span, pkg, skip, currentDigest, digestSpan, schemeId);
    }
}
