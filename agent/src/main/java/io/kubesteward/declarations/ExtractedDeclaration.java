package io.kubesteward.declarations;

import io.kubesteward.model.Declaration;

/**
 * A declaration with the char offset of the place it was read from, so that declarations without a
 * span (a missing version) still sort by their position in the file.
 */
public record ExtractedDeclaration(Declaration declaration, int offset) {

    public static ExtractedDeclaration at(int offset, Declaration declaration) {
        return new ExtractedDeclaration(declaration, declaration.span() != null ? declaration.span().start() : offset);
    }
}
