package io.kubesteward.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The parts of a rightsizing pull request that tell a reviewer where every number comes from and what to do after
 * merging: the legend of T/L/U/conf/PeakEst, the pod's QoS class before and after, what an HPA on a changed resource
 * means, the cost with the prices used and its CPU/memory split, and how to roll back.
 */
final class RightsizingBodySections {
    private RightsizingBodySections() {
    }

    static void legend(StringBuilder b) {
        b.append("<details><summary>How to read the numbers</summary>\n\n")
                .append("- **T**, **L**, **U**: the VerticalPodAutoscaler's target, lower bound and upper bound for the container")
                .append(" (`status.recommendation.containerRecommendations`): what it would set, and the range it is confident in.\n")
                .append("- **conf**: days of usage history behind them, from the VPA's checkpoint (by default decreases need 7 days,")
                .append(" increases 1).\n")
                .append("- **PeakEst**: the highest memory use the checkpoint's histogram recorded (the end of its highest non-empty")
                .append(" bucket); memory with a limit keeps a margin above it.\n")
                .append("- **Rule**: the rule of Steward's rightsizing policy (`rules/rightsizing/policy.yaml`, after RIGHTSIZING.md) that")
                .append(" gave the number; **How**: the arithmetic, with rounding and the step caps that applied.\n\n</details>\n\n");
    }

    /** "QoS class: Burstable (unchanged)", or the change in words. */
    static String qos(RightsizingEntry.WorkloadEntry w) {
        if (w.qosBefore() == null || w.qosAfter() == null) {
            return "";
        }
        if (w.qosBefore().equals(w.qosAfter())) {
            return "QoS class: " + w.qosBefore() + " (unchanged).\n\n";
        }
        return "QoS class: **" + w.qosBefore() + " → " + w.qosAfter() + "** (the kubelet evicts " + w.qosAfter() + " pods "
                + (w.qosAfter().equals("Guaranteed") ? "last" : "before Guaranteed ones") + " under node pressure).\n\n";
    }

    /** What an HPA scaling on a resource whose values change means for the reviewer. */
    static List<String> hpa(RightsizingEntry.ContainerEntry c) {
        List<String> out = new ArrayList<>();
        for (String resource : c.hpa()) {
            boolean changed = c.values().stream().anyMatch(v -> v.resource().equals(resource) && "change".equals(v.status()));
            if (changed) {
                out.add("An HPA scales this workload on " + resource + ": its utilisation target is a share of the " + resource
                        + " request, which stays as it is; only the " + resource + " limit changes, so the HPA scales as before.");
            } else {
                out.add("An HPA scales this workload on " + resource + ": its " + resource + " request stays (the HPA's target is a share"
                        + " of it); the replicas counted are the HPA's current ones.");
            }
        }
        return out;
    }

    static void cost(RightsizingEntry section, List<RightsizingEntry.WorkloadEntry> workloads, StringBuilder b) {
        String currency = MarkdownSanitizer.inline(Text.orEmpty(section.currency()), 10);
        b.append("### Monthly cost impact\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (RightsizingEntry.WorkloadEntry w : workloads) {
            rows.add(List.of(MarkdownSanitizer.inline(w.id(), 300), Text.orEmpty(w.cores()), Text.orEmpty(w.gib()),
                    Text.orEmpty(w.cpuSaving()) + " " + currency, Text.orEmpty(w.memorySaving()) + " " + currency, w.monthlySaving() + " " + currency));
        }
        Markdown.table(b, List.of("Workload", "Cores freed", "GiB freed", "CPU", "Memory", "Saving per month"), rows);
        b.append('\n');
        RightsizingEntry.PricesEntry p = section.prices();
        if (p != null) {
            b.append("Requests freed × replicas, priced at ").append(p.cpuCoreHour()).append(' ').append(currency).append(" per core-hour and ")
                    .append(p.memoryGibHour()).append(' ').append(currency).append(" per GiB-hour over ").append(Text.orEmpty(p.hoursPerMonth()))
                    .append(" hours a month (the `kind: Prices` rules); a negative saving is what the change costs.\n\n");
        }
    }

    static void rollingBack(RightsizingEntry section, List<RightsizingEntry.WorkloadEntry> workloads, StringBuilder b) {
        String containers = workloads.stream().flatMap(w -> w.containers().stream().filter(c -> "change".equals(c.action()))
                .map(c -> Markdown.code(c.name()) + " of " + MarkdownSanitizer.inline(w.id(), 300))).collect(Collectors.joining(", "));
        b.append("### Rolling back\n\n")
                .append("- Revert the commit this pull request merges (`git revert`); the cluster follows as for any change.\n")
                .append("- Steward reads the repository's history: after this change is merged, or reverted, it proposes no decrease for")
                .append(" these containers for ").append(MarkdownSanitizer.inline(Text.orEmpty(section.cooldown()), 20))
                .append(", so a revert is not undone by the next run.\n")
                .append("- After merging, watch ").append(containers.isEmpty() ? "these containers" : containers).append(" for OOM kills")
                .append(" (`kube_pod_container_status_last_terminated_reason{reason=\"OOMKilled\"}`) and CPU throttling")
                .append(" (`container_cpu_cfs_throttled_periods_total / container_cpu_cfs_periods_total`).\n\n");
    }
}
