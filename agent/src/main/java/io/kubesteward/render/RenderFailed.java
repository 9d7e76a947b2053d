package io.kubesteward.render;

/**
 * A chart that did not render. {@link #byHelm()}: Helm refused it with these values (the message is Helm's, without
 * Steward's temporary paths); otherwise Steward could not finish the render (a timeout, an interruption).
 */
public final class RenderFailed extends Exception {
    private final boolean byHelm;

    private RenderFailed(String message, boolean byHelm) {
        super(message);
        this.byHelm = byHelm;
    }

    public static RenderFailed byHelm(String message) {
        return new RenderFailed(message, true);
    }

    public static RenderFailed unfinished(String message) {
        return new RenderFailed(message, false);
    }

    public boolean byHelm() {
        return byHelm;
    }
}
