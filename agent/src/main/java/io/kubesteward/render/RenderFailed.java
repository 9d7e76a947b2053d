package io.kubesteward.render;

/** Helm refused to render the chart with these values; the message is Helm's, without Steward's temporary paths. */
public final class RenderFailed extends Exception {
    public RenderFailed(String message) {
        super(message);
    }
}
