package io.kubesteward.declarations.images;

import io.kubesteward.declarations.ExtractedDeclaration;
import java.util.List;

/** A chart's {@code Chart.yaml} (which marks its folder) or a Helm values file and the images it declares. */
record ValuesFile(String path, boolean chart, List<ExtractedDeclaration> images) {
    ValuesFile {
        images = List.copyOf(images);
    }
}
