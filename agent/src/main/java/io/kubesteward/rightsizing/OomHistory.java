package io.kubesteward.rightsizing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A container's OOM kills and OOM-driven raises as RIGHTSIZING.md's OOM rules count them. */
record OomHistory(List<Instant> kills, boolean recentForLimit, int raises, boolean raisesExhausted, Instant last) {

    static OomHistory of(ContainerSizingFacts c, Instant now, RightsizingSettings s) {
        Instant lookback = now.minus(s.duration(Setting.OOM_LOOKBACK));
        Instant limitWindow = now.minus(s.duration(Setting.OOM_LIMIT_RAISE_WITHIN));
        List<Instant> kills = c.oomKills().stream().filter(t -> !t.isBefore(lookback) && !t.isAfter(now)).sorted().toList();
        boolean recent = kills.stream().anyMatch(t -> !t.isBefore(limitWindow));
        int raises = (int) c.oomRaisesMerged().stream().filter(t -> !t.isBefore(lookback)).count();
        Instant last = kills.stream().max(Comparator.naturalOrder()).orElse(null);
        return new OomHistory(kills, recent, raises, raises >= s.count(Setting.OOM_MAX_RAISES), last);
    }

    boolean any() {
        return !kills.isEmpty();
    }
}
