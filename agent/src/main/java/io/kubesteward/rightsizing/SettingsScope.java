package io.kubesteward.rightsizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings that apply to one workload: the policy file's settings, then each matching override in
 * file order, then the namespace's {@code steward.io/rightsizing-*} annotations, then the workload's.
 * A layer that cannot be read is skipped and reported; the others still apply.
 */
public final class SettingsScope {
    /** The settings to use, and the problems met on the way (empty when every layer was read). */
    public record Resolved(RightsizingSettings settings, List<SettingProblem> problems) {
        public Resolved {
            problems = List.copyOf(problems);
        }
    }

    private SettingsScope() {
    }

    public static Resolved forWorkload(RightsizingSettings base, List<SettingsOverride> overrides, String namespace,
                                       ControllerKind kind, String name, Map<String, String> namespaceAnnotations,
                                       Map<String, String> workloadAnnotations) {
        RightsizingSettings settings = base;
        List<SettingProblem> problems = new ArrayList<>();
        for (SettingsOverride o : overrides) {
            if (o.matches(namespace, kind, name)) {
                settings = layer(settings, problems, s -> s.with(o.settings(), o.origin()));
            }
        }
        settings = layer(settings, problems, s -> s.withAnnotations(namespaceAnnotations, "namespace " + namespace));
        settings = layer(settings, problems, s -> s.withAnnotations(workloadAnnotations, namespace + "/" + kind.kind() + "/" + name));
        return new Resolved(settings, problems);
    }

    private static RightsizingSettings layer(RightsizingSettings settings, List<SettingProblem> problems,
                                             java.util.function.UnaryOperator<RightsizingSettings> apply) {
        try {
            return apply.apply(settings);
        } catch (InvalidSettings e) {
            problems.addAll(e.problems());
            return settings;
        }
    }
}
