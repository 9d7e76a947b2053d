package io.kubesteward.planning;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.Release;
import io.kubesteward.model.UpdateType;

/** One declaration moved to {@code newValue} (which {@code release} provides). */
public record Update(Declaration declaration, String newValue, UpdateType type, Release release) {
}
