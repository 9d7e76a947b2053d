package io.kubesteward.declarations.helmfile;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.images.HelmValuesImages;
import io.kubesteward.model.DeclarationKind;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/**
 * The images in a helmfile release's inline values ({@code values:} items that are maps, not file
 * names), found as in any Helm values. The file is a Go template: a value written with a template
 * is read as written, so it is declared as templated (skipped, with its text) rather than guessed.
 */
final class InlineValuesImages {
    private InlineValuesImages() {
    }

    static List<ExtractedDeclaration> of(TemplatedYaml source, HelmfileState.Release release) {
        List<ExtractedDeclaration> found = new ArrayList<>();
        for (HelmfileState.ValuesEntry entry : release.values()) {
            if (entry.node() instanceof MappingNode values) {
                found.addAll(HelmValuesImages.find(source.path(), source.content(), entry.document(), values,
                        DeclarationKind.HELM_VALUES_IMAGE, source::original));
            }
        }
        return found;
    }
}
