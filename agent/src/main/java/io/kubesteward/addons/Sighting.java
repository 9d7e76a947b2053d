package io.kubesteward.addons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** What one namespace shows of one add-on, gathered while the inventory is walked. */
final class Sighting {
    /** Where a chart version was read, most trustworthy first. */
    enum ChartEvidence { FLUX_STATUS, HELM_RELEASE, ARGO_STATUS, CHART_LABEL }

    private record ChartSeen(ChartEvidence evidence, String chart, String version) {
    }

    private final AddonDefinition definition;
    private final String namespace;
    private final TreeSet<String> evidence = new TreeSet<>();
    private final List<ChartSeen> charts = new ArrayList<>();
    private ImageName recognisedImage;
    private ImageName otherImage;
    private String labelVersion;

    Sighting(AddonDefinition definition, String namespace) {
        this.definition = definition;
        this.namespace = namespace;
    }

    void saw(String object) {
        evidence.add(object);
    }

    void chart(ChartEvidence where, String chart, String version) {
        if (version != null && !version.isBlank()) {
            charts.add(new ChartSeen(where, chart, version));
        }
    }

    void image(ImageName image, boolean recognised) {
        if (recognised && recognisedImage == null) {
            recognisedImage = image;
        } else if (!recognised && otherImage == null) {
            otherImage = image;
        }
    }

    void labelVersion(String version) {
        if (labelVersion == null && version != null && !version.isBlank()) {
            labelVersion = version;
        }
    }

    FoundAddon found() {
        ChartSeen chart = charts.stream().min(Comparator.comparing(ChartSeen::evidence)).orElse(null);
        return new FoundAddon(definition, namespace, chart == null ? null : chart.chart(), chart == null ? null : chart.version(),
                recognisedImage != null ? recognisedImage : otherImage, labelVersion, List.copyOf(evidence));
    }
}
