package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;

/**
 * How Steward treats charts: the chart's own version bump when its dependencies or values change,
 * and the Kubernetes version new chart versions must install on when no cluster is read
 * ({@code kubernetesVersion}, as {@code kubectl version} shows the server's), and the upgrade analysis of chart
 * proposals ({@code analysis}).
 */
public record ChartsConfig(BumpLevel bumpVersion, String kubernetesVersion, AnalysisConfig analysis) {
    public static final ChartsConfig DEFAULTS = new ChartsConfig(BumpLevel.PATCH, null, AnalysisConfig.DEFAULTS);
    private static final Pattern KUBERNETES_VERSION = Pattern.compile("v?\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.+-]+)?");

    @JsonCreator
    public ChartsConfig(@JsonProperty("bumpVersion") BumpLevel bumpVersion, @JsonProperty("kubernetesVersion") String kubernetesVersion,
                        @JsonProperty("analysis") AnalysisConfig analysis) {
        if (kubernetesVersion != null && !KUBERNETES_VERSION.matcher(kubernetesVersion.trim()).matches()) {
            throw new IllegalArgumentException("'kubernetesVersion' is '" + kubernetesVersion + "', not a Kubernetes version: write it as "
                    + "kubectl version shows the server's, such as 1.29.4 or v1.29.4-eks-036c24b");
        }
        this.bumpVersion = bumpVersion;
        this.kubernetesVersion = kubernetesVersion == null ? null : kubernetesVersion.trim();
        this.analysis = analysis;
    }

    public ChartsConfig(BumpLevel bumpVersion) {
        this(bumpVersion, null, null);
    }

    /** The analysis settings, defaults filled in. */
    public AnalysisConfig analysisOrDefaults() {
        return analysis == null ? AnalysisConfig.DEFAULTS : analysis.over(AnalysisConfig.DEFAULTS);
    }

    public ChartsConfig over(ChartsConfig base) {
        AnalysisConfig merged = analysis == null ? base.analysis : base.analysis == null ? analysis : analysis.over(base.analysis);
        return new ChartsConfig(GitConfig.pick(bumpVersion, base.bumpVersion), GitConfig.pick(kubernetesVersion, base.kubernetesVersion),
                merged);
    }

    /** Which part of a chart's own version moves; {@code OFF} leaves it alone. */
    public enum BumpLevel { OFF, PATCH, MINOR, MAJOR }
}
