package io.kubesteward.addons;

import java.util.List;
import java.util.Map;

/** One catalogue entry's recognition rules, compiled once per run. */
final class Recogniser {
    private record Label(String key, String value) {
    }

    private final AddonDefinition definition;
    private final List<ImageGlob> images;
    private final List<Label> labels;

    Recogniser(AddonDefinition definition) {
        this.definition = definition;
        this.images = definition.images().stream().map(ImageGlob::of).toList();
        this.labels = definition.labels().stream().filter(l -> l.indexOf('=') > 0)
                .map(l -> new Label(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1))).toList();
    }

    AddonDefinition definition() {
        return definition;
    }

    boolean image(ImageName image) {
        return image(image.repository());
    }

    boolean image(String repository) {
        for (ImageGlob glob : images) {
            if (glob.matches(repository)) {
                return true;
            }
        }
        return false;
    }

    boolean labels(Map<String, String> workloadLabels) {
        for (Label label : labels) {
            if (label.value().equals(workloadLabels.get(label.key()))) {
                return true;
            }
        }
        return false;
    }

    boolean chart(String chart) {
        return chart != null && definition.charts().contains(chart);
    }
}
