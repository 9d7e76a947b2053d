package io.kubesteward.analysis;

import java.util.List;

/**
 * One thing the upgrade's analysis found: its severity, the check that found it ({@code values}, {@code schema},
 * {@code crds}, {@code dependencies}), one line for the impact list, and the details a reviewer checks it by.
 * Text from the charts in it is untrusted and is sanitised where it is shown.
 */
public record Finding(Severity severity, String check, String summary, List<String> details) {
    public Finding {
        details = List.copyOf(details);
    }
}
