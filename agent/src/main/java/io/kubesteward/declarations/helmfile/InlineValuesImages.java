package io.kubesteward.declarations.helmfile;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.images.HelmValuesImages;
import io.kubesteward.declarations.images.ImageDeclarations;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * The images in a helmfile release's inline values ({@code values:} items that are maps, not file
 * names), found as in any Helm values. The file is a Go template: a tag written as one template
 * expression is evaluated as a release's version is ({@code {{ .Values.redis_tag }}} from the
 * helmfile's values files, {@code env "X" | default "1.2"}), and declared where its value really
 * lives; any other templated value is declared as templated (skipped, with its text and why).
 */
final class InlineValuesImages {
    private InlineValuesImages() {
    }

    static List<ExtractedDeclaration> of(TemplatedYaml source, HelmfileState.Release release, TemplateEvaluator evaluator) {
        List<ExtractedDeclaration> found = new ArrayList<>();
        for (HelmfileState.ValuesEntry entry : release.values()) {
            if (entry.node() instanceof MappingNode values) {
                for (ExtractedDeclaration image : HelmValuesImages.find(source.path(), source.content(), entry.document(), values,
                        DeclarationKind.HELM_VALUES_IMAGE, source::original)) {
                    found.add(evaluated(source, image, evaluator));
                }
            }
        }
        return found;
    }

    private static ExtractedDeclaration evaluated(TemplatedYaml source, ExtractedDeclaration image, TemplateEvaluator evaluator) {
        Declaration d = image.declaration();
        if (d.skip() == null || d.skip().code() != Code.TEMPLATED || d.span() == null || d.name().contains("{{")) {
            return image;
        }
        Span span = d.span();
        YamlScalar masked = new YamlScalar(span.cut(source.template().masked()), span, span.start(), span.line());
        EvaluatedValue tag = evaluator.evaluate(source, masked, "the tag of " + d.name());
        if (tag.skipped()) {
            Declaration explained = new Declaration(d.file(), d.kind(), d.name(), d.currentValue(), d.span(), d.pkg(), tag.skip().skip());
            return ExtractedDeclaration.at(image.offset(), explained);
        }
        Declaration resolved = ImageDeclarations.parts(tag.file(), d.kind(), d.name(), tag.value(), null,
                "the tag's value in " + tag.file() + " is empty");
        return resolved == null ? image : ExtractedDeclaration.at(tag.file().equals(source.path()) ? image.offset() : tag.value().offset(),
                resolved);
    }
}
