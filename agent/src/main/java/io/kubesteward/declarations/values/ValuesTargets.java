package io.kubesteward.declarations.values;

import io.kubesteward.model.SetValue;
import io.kubesteward.model.ValuesBlock;
import io.kubesteward.model.ValuesTarget;
import java.util.List;
import java.util.function.Function;

/**
 * Where a values path of a release is best written: where the repository sets it now (replaced in place); else in
 * the writable block that sets the most of its parents ({@code resources.limits} beside {@code resources.requests});
 * else in the last writable block the repository writes; else in the block its tool reads that is not written yet
 * (created). Never where a later source Steward cannot read could override it, never in a source Steward
 * does not edit, never in a block another release reads too (a value set there is overridden in this release's own
 * block after it, when it has one).
 */
final class ValuesTargets {
    private ValuesTargets() {
    }

    static ValuesTarget of(ValuesBlocks.Listed listed, List<String> path) {
        return of(listed, path, block -> null);
    }

    /** @param sharedWith who else reads a block (null: nobody), named */
    static ValuesTarget of(ValuesBlocks.Listed listed, List<String> path, Function<ValuesBlock, String> sharedWith) {
        List<ValuesBlocks.Source> sources = listed.sources();
        for (int i = sources.size() - 1; i >= 0; i--) {
            ValuesBlocks.Source s = sources.get(i);
            SetValue found = s.leaves().stream().filter(v -> covers(v.path(), path)).reduce((a, b) -> b).orElse(null);
            if (found != null) {
                if (!s.writable()) {
                    return ValuesTarget.refused(String.join(".", path) + " is set by " + s.notEdited() + ", which Steward does not edit");
                }
                String shared = sharedWith.apply(s.block());
                if (shared == null) {
                    return after(listed, i, found.path().equals(path) ? ValuesTarget.at(s.block(), found.line()) : ValuesTarget.added(s.block()));
                }
                return override(listed, i, path, s.block(), shared, sharedWith);
            }
        }
        int best = -1;
        int shared = 0;
        for (int i = 0; i < sources.size(); i++) {
            ValuesBlocks.Source s = sources.get(i);
            int common = s.leaves().stream().mapToInt(v -> common(v.path(), path)).max().orElse(0);
            if (s.writable() && common >= Math.max(1, shared) && sharedWith.apply(s.block()) == null) {
                best = i;
                shared = common;
            }
        }
        if (best < 0) {
            for (int i = sources.size() - 1; i >= 0 && best < 0; i--) {
                best = sources.get(i).writable() && sharedWith.apply(sources.get(i).block()) == null ? i : -1;
            }
        }
        if (best >= 0) {
            return after(listed, best, ValuesTarget.added(sources.get(best).block()));
        }
        if (listed.fallback() != null) {
            return after(listed, listed.fallbackAt() - 1, ValuesTarget.added(listed.fallback()));
        }
        return ValuesTarget.refused(listed.noFallback() != null ? listed.noFallback()
                : "every source of these values is one Steward does not edit, and there is no block to add");
    }

    /** Set in a block others read too: added in this release's own block read after it, else refused. */
    private static ValuesTarget override(ValuesBlocks.Listed listed, int index, List<String> path, ValuesBlock block, String shared,
                                         Function<ValuesBlock, String> sharedWith) {
        List<ValuesBlocks.Source> sources = listed.sources();
        for (int j = sources.size() - 1; j > index; j--) {
            if (sources.get(j).writable() && sharedWith.apply(sources.get(j).block()) == null) {
                return after(listed, j, ValuesTarget.added(sources.get(j).block()));
            }
        }
        if (listed.fallback() != null && listed.fallbackAt() > index) {
            return after(listed, listed.fallbackAt() - 1, ValuesTarget.added(listed.fallback()));
        }
        return ValuesTarget.refused(String.join(".", path) + " is set in " + block.shown() + ", which " + shared + " reads too, and this"
                + " release has no values of its own read after it; add them (a values file or inline values) for Steward to write there");
    }

    /** Refused when a source after {@code index} that Steward cannot read might set the path again. */
    private static ValuesTarget after(ValuesBlocks.Listed listed, int index, ValuesTarget target) {
        List<ValuesBlocks.Source> sources = listed.sources();
        for (int i = index + 1; i < sources.size(); i++) {
            ValuesBlocks.Source s = sources.get(i);
            if (!s.writable() && s.leaves().isEmpty()) {
                return ValuesTarget.refused(s.notEdited() + " comes after " + target.block().shown() + " and Steward cannot read it,"
                        + " so it may set the same values");
            }
        }
        return target;
    }

    /** The leaf sets the path, or one of its parents as a whole ({@code resources: {}}), or something below it. */
    private static boolean covers(List<String> leaf, List<String> path) {
        int n = Math.min(leaf.size(), path.size());
        return leaf.subList(0, n).equals(path.subList(0, n));
    }

    private static int common(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }
}
