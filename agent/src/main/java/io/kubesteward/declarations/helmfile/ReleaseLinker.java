package io.kubesteward.declarations.helmfile;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.SkipReason.Code;

/**
 * Turns a helmfile release into its declaration. When the version comes from a values file the
 * declaration is in that file, at the value, since that is where an update must be written.
 */
final class ReleaseLinker {
    private final TemplatedYaml source;
    private final HelmfileContext context;
    private final TemplateEvaluator evaluator;

    ReleaseLinker(TemplatedYaml source, HelmfileContext context) {
        this.source = source;
        this.context = context;
        this.evaluator = new TemplateEvaluator(context);
    }

    ExtractedDeclaration link(HelmfileState.Release release) {
        EvaluatedValue chart = evaluator.evaluate(source, release.chart(), "chart");
        EvaluatedValue version = release.version() == null ? null : evaluator.evaluate(source, release.version(), "version");
        String chartText = chart.value() == null ? source.original(release.chart()).value() : chart.value().value();
        String name = chartText.contains("{{") ? chartText : ChartReferences.nameOf(chartText.trim());
        Resolution resolution = resolve(release, chart, version);
        String file = version == null ? source.path() : version.file();
        YamlScalar value = version == null ? null : version.value();
        Declaration declaration = new Declaration(file, DeclarationKind.HELMFILE_RELEASE, name,
                value == null ? null : value.value(), value == null ? null : value.span(), resolution.pkg(), resolution.skip());
        return ExtractedDeclaration.at(file.equals(source.path()) ? release.offset() : value.offset(), declaration);
    }

    private Resolution resolve(HelmfileState.Release release, EvaluatedValue chart, EvaluatedValue version) {
        if (chart.skipped()) {
            return chart.skip();
        }
        Resolution origin = ChartReferences.resolve(chart.value().value().trim(), context, evaluator);
        if (origin.skipped(Code.LOCAL_CHART) || origin.skipped(Code.UNSUPPORTED_SOURCE)) {
            return origin;
        }
        if (release.versionNotScalar()) {
            return Resolution.skip(Code.INVALID_VERSION, "the version of release '" + release.name() + "' is not a single value");
        }
        if (version == null || (!version.skipped() && version.value().value().isBlank())) {
            return Resolution.skip(Code.MISSING_VERSION, "release '" + release.name() + "' has no version, so helmfile installs the latest");
        }
        return version.skipped() ? version.skip() : origin;
    }
}
