package io.kubesteward.analysis;

/** How much a finding asks of a reviewer; ordered from most to least. */
public enum Severity {
    /** merging as it is breaks the release: the upgrade fails or loses something */
    BLOCKING("blocking"),
    /** merging may work but changes behaviour or needs a step by hand */
    ATTENTION("needs attention"),
    /** worth knowing; nothing to do */
    INFORMATION("information");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
