package io.kubesteward.model;

/** The kinds of places a version can be declared; {@code id} appears in reports and rules. */
public enum DeclarationKind {
    CHART_DEPENDENCY("helm-chart-dependency"),
    FLUX_HELM_RELEASE("flux-helmrelease");

    private final String id;

    DeclarationKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
