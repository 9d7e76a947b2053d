package io.kubesteward.sources.registry;

import io.kubesteward.model.FetchStat;
import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.ArchiveResolver;
import io.kubesteward.sources.ReleaseSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The version sources of one run, one per kind, closed together when the run ends. */
public final class OpenSources implements AutoCloseable {
    private final Map<SourceKind, ReleaseSource> byKind;

    private OpenSources(Map<SourceKind, ReleaseSource> byKind) {
        this.byKind = Collections.unmodifiableMap(byKind);
    }

    /**
     * Builds each type's source. Two types of one kind, or a source that serves another kind than
     * its entry says, is a registry mistake and fails at once (after closing what was built).
     */
    static OpenSources open(List<SourceType> types, SourceContext context) {
        Map<SourceKind, ReleaseSource> built = new LinkedHashMap<>();
        OpenSources sources = new OpenSources(built);
        try {
            for (SourceType type : types) {
                if (built.containsKey(type.kind())) {
                    throw new IllegalStateException("two sources are registered for the kind '" + type.kind().id() + "'");
                }
                ReleaseSource source = type.factory().apply(context);
                built.put(type.kind(), source);
                if (!source.kind().equals(type.kind())) {
                    throw new IllegalStateException("the source registered for '" + type.kind().id() + "' serves '"
                            + source.kind().id() + "'");
                }
            }
        } catch (RuntimeException e) {
            sources.close();
            throw e;
        }
        return sources;
    }

    public Map<SourceKind, ReleaseSource> byKind() {
        return byKind;
    }

    /** Where the archive of a chart release is, from the source that listed it. */
    public ArchiveResolver archives() {
        return (pkg, release) -> {
            if (byKind.get(pkg.kind()) instanceof ArchiveResolver resolver) {
                return resolver.locate(pkg, release);
            }
            throw new ArchiveResolver.ArchiveUnlocatable("no source of '" + pkg.kind().id() + "' packages publishes archives");
        };
    }

    /** What every source fetched so far, for the report. */
    public List<FetchStat> stats() {
        List<FetchStat> all = new ArrayList<>();
        byKind.values().forEach(source -> all.addAll(source.stats()));
        return all;
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (ReleaseSource source : byKind.values()) {
            try {
                source.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
