package io.kubesteward.declarations.images;

import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.Span;

/**
 * Declarations of container images: a tag (span inside the scalar) and an optional pinned digest.
 * Pure; the Argo CD, kustomize and values extractors share it.
 */
public final class ImageDeclarations {
    private ImageDeclarations() {
    }

    /**
     * The declaration of the image reference {@code scalar} holds ({@code ghcr.io/a/b:1.2@sha256:…}),
     * or null when its text is not an image reference.
     */
    public static Declaration inline(String file, DeclarationKind kind, YamlScalar scalar) {
        String text = scalar.value();
        if (ImageReferences.isTemplated(text)) {
            return templatedInline(file, kind, scalar);
        }
        ImageReference reference = ImageReferences.parse(text);
        if (reference == null) {
            return null;
        }
        if (!reference.hasTag() && !reference.hasDigest()) {
            return skipped(file, kind, reference.name(), Code.NOT_A_VERSION, "no tag: the image follows 'latest' implicitly");
        }
        return pinned(file, kind, reference.name(), reference.packageRef(), scalar, reference);
    }

    /**
     * The declaration of an image written in parts, as Helm values do: the name (registry and
     * repository, joined) and a {@code tag} scalar that may carry {@code @digest}, and a separate
     * {@code digest} scalar, either of which may be null; {@code noTagReason} says why an image
     * with neither is no version declaration. Null when {@code name} is not an image name.
     */
    public static Declaration parts(String file, DeclarationKind kind, String name, YamlScalar tag, YamlScalar digest, String noTagReason) {
        if (ImageReferences.isTemplated(name)) {
            return new Declaration(file, kind, name, tag == null ? null : tag.value(), tag == null ? null : tag.span(), null,
                    templated(name));
        }
        PackageRef pkg = ImageReferences.packageOf(name);
        if (pkg == null) {
            return null;
        }
        boolean noTag = tag == null || tag.value().isBlank();
        if (noTag && digest == null) {
            return skipped(file, kind, name, Code.NOT_A_VERSION, noTagReason);
        }
        if (!noTag && ImageReferences.isTemplated(tag.value())) {
            return new Declaration(file, kind, name, tag.value(), tag.span(), null, templated(tag.value()));
        }
        Declaration declaration = noTag ? digestOnly(file, kind, name, pkg) : tagged(file, kind, name, pkg, tag);
        if (declaration == null || digest == null) {
            return declaration;
        }
        if (!ImageReferences.isDigest(digest.value())) {
            return skipped(file, kind, name, Code.INVALID_VERSION, "digest '" + digest.value() + "' is not algorithm:hex");
        }
        return declaration.withDigest(digest.value(), digest.span());
    }

    private static Declaration tagged(String file, DeclarationKind kind, String name, PackageRef pkg, YamlScalar tag) {
        ImageReference reference = ImageReferences.parseTag(tag.value());
        if (reference == null) {
            return skipped(file, kind, name, Code.INVALID_VERSION, "tag '" + tag.value() + "' is not a valid image tag");
        }
        return pinned(file, kind, name, pkg, tag, reference);
    }

    private static Declaration digestOnly(String file, DeclarationKind kind, String name, PackageRef pkg) {
        return new Declaration(file, kind, name, null, null, pkg, null);
    }

    private static Declaration pinned(String file, DeclarationKind kind, String name, PackageRef pkg, YamlScalar scalar,
            ImageReference reference) {
        String tag = reference.tag();
        Span tagSpan = tag == null ? null : TextSpans.within(scalar, reference.tagOffset(), reference.tagOffset() + tag.length());
        Declaration declaration = new Declaration(file, kind, name, tag, tagSpan, pkg, null);
        if (!reference.hasDigest()) {
            return declaration;
        }
        int digestStart = reference.digestOffset();
        return declaration.withDigest(reference.digest(),
                TextSpans.within(scalar, digestStart, digestStart + reference.digest().length()));
    }

    /** A templated reference: the name is what precedes a templated tag, or the whole text. */
    private static Declaration templatedInline(String file, DeclarationKind kind, YamlScalar scalar) {
        String text = scalar.value();
        int template = Math.min(indexOrEnd(text, "{{"), indexOrEnd(text, "${"));
        String before = text.substring(0, template);
        int colon = before.lastIndexOf(':');
        if (colon > before.lastIndexOf('/') && colon > 0) {
            return new Declaration(file, kind, text.substring(0, colon), text.substring(colon + 1),
                    TextSpans.within(scalar, colon + 1, text.length()), null, templated(text));
        }
        return new Declaration(file, kind, text, text, scalar.span(), null, templated(text));
    }

    private static int indexOrEnd(String text, String part) {
        int index = text.indexOf(part);
        return index < 0 ? text.length() : index;
    }

    static SkipReason templated(String text) {
        return new SkipReason(Code.TEMPLATED, "'" + text + "' is filled in by a template or substitution when deployed;"
                + " the text in Git is not the version");
    }

    private static Declaration skipped(String file, DeclarationKind kind, String name, Code code, String detail) {
        return new Declaration(file, kind, name, null, null, null, new SkipReason(code, detail));
    }
}
