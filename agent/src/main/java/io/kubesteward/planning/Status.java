package io.kubesteward.planning;

/** What became of one declaration. */
public enum Status {
    UPDATE("update"),
    NO_UPDATE("no-update"),
    HELD_BACK("held-back"),
    LOOKUP_FAILED("lookup-failed"),
    SKIPPED("skipped");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
