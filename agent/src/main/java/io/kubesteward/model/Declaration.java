package io.kubesteward.model;

/**
 * One place in the repository where a version is declared. {@code file} is relative to the
 * repository root with forward slashes. Either {@code pkg} is set (the package to look up) or
 * {@code skip} says why not; {@code span} locates {@code currentValue} exactly and is null only
 * when there is no value to edit.
 */
public record Declaration(
        String file,
        DeclarationKind kind,
        String name,
        String currentValue,
        Span span,
        PackageRef pkg,
        SkipReason skip) {

    public Declaration {
        if (file == null || kind == null || name == null) {
            throw new IllegalArgumentException("file, kind and name are required");
        }
        if ((pkg == null) == (skip == null)) {
            throw new IllegalArgumentException("exactly one of pkg and skip must be set for " + file + " " + name);
        }
    }

    public boolean skipped() {
        return skip != null;
    }

    public Declaration withPackage(PackageRef newPkg) {
        return new Declaration(file, kind, name, currentValue, span, newPkg, null);
    }

    public Declaration withSkip(SkipReason reason) {
        return new Declaration(file, kind, name, currentValue, span, null, reason);
    }
}
