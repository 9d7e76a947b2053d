package io.kubesteward.model;

/**
 * What the tool deploying a chart does with the CRDs in the chart's {@code crds/} folders, read from the
 * declaration: {@code how} says it in words, naming the setting ({@code spec.upgrade.crds: Skip}, Flux's default).
 */
public record CrdHandling(Mode mode, String how) {
    public enum Mode {
        /** applied again on every upgrade (Argo CD, Flux {@code upgrade.crds: CreateReplace}, kustomize {@code includeCRDs: true}) */
        UPGRADED,
        /** created when the release is first installed and never changed after (Helm's rule) */
        CREATED_ONLY,
        /** new CRDs created on upgrade too, existing ones never changed (Flux {@code upgrade.crds: Create}) */
        NEW_ONES,
        /** never applied by the tool (kustomize without {@code includeCRDs}, Argo CD {@code skipCrds}) */
        NEVER
    }

    public static CrdHandling helm(String tool) {
        return new CrdHandling(Mode.CREATED_ONLY, tool + " installs a chart's crds/ only when the release is first installed and"
                + " never upgrades them");
    }
}
