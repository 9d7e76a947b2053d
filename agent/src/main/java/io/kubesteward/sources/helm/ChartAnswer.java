package io.kubesteward.sources.helm;

import io.kubesteward.model.Release;
import java.util.List;

/** A repository's answer for one chart name: its releases, or why there are none. */
record ChartAnswer(List<Release> releases, String failure) {
    static ChartAnswer found(List<Release> releases) {
        return new ChartAnswer(releases, null);
    }

    static ChartAnswer failed(String why) {
        return new ChartAnswer(List.of(), why);
    }
}
