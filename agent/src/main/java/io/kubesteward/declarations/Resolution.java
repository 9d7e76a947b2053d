package io.kubesteward.declarations;

import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason;

/** Either the package a declaration is looked up as, or why it is not looked up. */
public record Resolution(PackageRef pkg, SkipReason skip) {

    public static Resolution of(PackageRef pkg) {
        return new Resolution(pkg, null);
    }

    public static Resolution skip(SkipReason.Code code, String detail) {
        return new Resolution(null, new SkipReason(code, detail));
    }

    public boolean skipped() {
        return skip != null;
    }

    public boolean skipped(SkipReason.Code code) {
        return skip != null && skip.code() == code;
    }

    /** The declaration of {@code version} (which may be null when there is none) in {@code file}. */
    public Declaration declare(String file, DeclarationKind kind, String name, YamlScalar version) {
        return new Declaration(file, kind, name,
                version == null ? null : version.value(),
                version == null ? null : version.span(),
                pkg, skip);
    }
}
