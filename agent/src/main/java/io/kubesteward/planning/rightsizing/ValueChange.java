package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.Declaration;

/** One value edited in place: the declaration that reads it now, and the text that replaces it. */
public record ValueChange(Declaration declaration, String newText) {
}
