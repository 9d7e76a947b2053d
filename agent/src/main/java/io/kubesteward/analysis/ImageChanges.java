package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The container images the upgrade changes, per workload and container: what a reviewer checks against the
 * registry, and what the nodes pull on rollout.
 */
final class ImageChanges {
    private ImageChanges() {
    }

    static List<Finding> check(RenderedManifest from, RenderedManifest to) {
        List<String> details = new ArrayList<>();
        for (RenderedResource r : to.resources().values()) {
            Map<String, String> before = images(from.resources().get(r.key()));
            Map<String, String> after = images(r);
            after.forEach((container, image) -> {
                String old = before.get(container);
                if (old == null && !before.isEmpty()) {
                    details.add(r.shown() + ", new container " + container + ": " + image);
                } else if (old != null && !old.equals(image)) {
                    details.add(r.shown() + ", container " + container + ": " + old + " → " + image);
                }
            });
            before.keySet().stream().filter(c -> !after.containsKey(c) && !after.isEmpty())
                    .forEach(c -> details.add(r.shown() + ", container " + c + " removed (was " + before.get(c) + ")"));
        }
        if (details.isEmpty()) {
            return List.of();
        }
        long images = details.stream().map(d -> d.substring(d.lastIndexOf(' ') + 1)).distinct().count();
        return List.of(new Finding(Severity.INFORMATION, "images", details.size() == 1 ? "one container image changes: " + details.get(0)
                : details.size() + " container images change (" + images + " distinct)", details.size() == 1 ? List.of() : details));
    }

    private static Map<String, String> images(RenderedResource r) {
        Map<String, String> out = new LinkedHashMap<>();
        if (r != null) {
            PodSpecs.of(r).ifPresent(spec -> PodSpecs.containers(spec)
                    .forEach(c -> out.put((c.init() ? "init " : "") + c.name(), String.valueOf(c.image()))));
        }
        return out;
    }
}
