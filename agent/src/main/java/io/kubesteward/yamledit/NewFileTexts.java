package io.kubesteward.yamledit;

import io.kubesteward.planning.rightsizing.NewVpa;
import io.kubesteward.planning.rightsizing.OverlayPatch;
import java.util.List;
import java.util.Map;

/** The files rightsizing adds: a strategic-merge patch of a workload's resources, and a VerticalPodAutoscaler that only recommends. */
final class NewFileTexts {
    private static final List<String> TEMPLATE = List.of("spec", "template", "spec");
    private static final List<String> CRON_TEMPLATE = List.of("spec", "jobTemplate", "spec", "template", "spec");

    private NewFileTexts() {
    }

    static String patch(OverlayPatch p) {
        StringBuilder b = new StringBuilder()
                .append("# Added by Steward (rightsizing): only a base other overlays share sets these values, so this\n")
                .append("# overlay patches them for this cluster; the base and the other overlays keep theirs.\n")
                .append("apiVersion: ").append(p.apiVersion()).append('\n')
                .append("kind: ").append(p.kind()).append('\n')
                .append("metadata:\n  name: ").append(p.name()).append('\n');
        List<String> path = p.kind().equals("CronJob") ? CRON_TEMPLATE : TEMPLATE;
        String indent = "";
        for (String key : path) {
            b.append(indent).append(key).append(":\n");
            indent += "  ";
        }
        b.append(indent).append("containers:\n");
        for (String container : p.containerNames()) {
            b.append(indent).append("  - name: ").append(container).append('\n');
            b.append(indent).append("    resources:\n");
            Map<String, String> values = p.containers().get(container);
            for (String group : List.of("requests", "limits")) {
                List<String> fields = values.keySet().stream().filter(f -> f.startsWith(group + ".")).sorted().toList();
                if (fields.isEmpty()) {
                    continue;
                }
                b.append(indent).append("      ").append(group).append(":\n");
                for (String field : fields) {
                    b.append(indent).append("        ").append(field.substring(group.length() + 1)).append(": ").append(values.get(field))
                            .append('\n');
                }
            }
        }
        return b.toString();
    }

    static String vpa(NewVpa v) {
        return "# Added by Steward (rightsizing): a VerticalPodAutoscaler that only recommends (updateMode \"Off\"). It changes\n"
                + "# no pod; Steward reads its recommendations and proposes resources in pull requests.\n"
                + "apiVersion: autoscaling.k8s.io/v1\n"
                + "kind: VerticalPodAutoscaler\n"
                + "metadata:\n"
                + "  name: " + v.name() + "\n"
                + "  namespace: " + v.namespace() + "\n"
                + "spec:\n"
                + "  targetRef:\n"
                + "    apiVersion: " + v.apiVersion() + "\n"
                + "    kind: " + v.kind() + "\n"
                + "    name: " + v.name() + "\n"
                + "  updatePolicy:\n"
                + "    updateMode: \"Off\"\n";
    }
}
