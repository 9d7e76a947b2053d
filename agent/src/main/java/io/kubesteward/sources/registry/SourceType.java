package io.kubesteward.sources.registry;

import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.ReleaseSource;
import java.util.function.Function;

/** One entry of the source registry: the kind of package served, and how its source is built for a run. */
public record SourceType(SourceKind kind, Function<SourceContext, ReleaseSource> factory) {
}
