package io.kubesteward.report;

import java.util.List;
import java.util.Map;

/**
 * Rightsizing in the report (docs/report-schema.md): the cluster and when it was read (the time the
 * policy judged by), the pull requests (one per application), every workload with where its
 * resources are declared and the policy's verdict per container, and what could not be read.
 * Quantities are written as Kubernetes writes them; money as a decimal string in {@code currency}.
 */
public record RightsizingEntry(
        String cluster,
        String readAt,
        String currency,
        String monthlySaving,
        List<ProposalEntry> proposals,
        List<WorkloadEntry> workloads,
        List<String> problems,
        PricesEntry prices,
        String cooldown) {

    /** What savings were priced with: per requested core-hour and GiB-hour, and hours in a month. */
    public record PricesEntry(String currency, String cpuCoreHour, String memoryGibHour, String hoursPerMonth) {
    }

    public RightsizingEntry {
        proposals = List.copyOf(proposals);
        workloads = List.copyOf(workloads);
        problems = List.copyOf(problems);
    }

    /**
     * One rightsizing pull request: {@code decision} says why it is worth opening; {@code targets}
     * the texts it writes; {@code files} the files it changes or adds; {@code editFailure}, when
     * set, why its edit could not be made and confirmed.
     */
    public record ProposalEntry(String branch, String title, String app, List<String> labels, boolean reliability,
                                List<String> workloads, String monthlySaving, String decision, List<String> targets,
                                List<String> files, List<String> notes, String editFailure) {
        public ProposalEntry {
            labels = List.copyOf(labels);
            workloads = List.copyOf(workloads);
            targets = List.copyOf(targets);
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }
    }

    /**
     * One workload: {@code placement} is repository, helm-values, helm-release, not-in-repository or ambiguous;
     * {@code source} says where in words; {@code branch} is the pull request that changes it, else
     * {@code held} says why none does; {@code monthlySaving} prices its proposed changes ({@code cpuSaving} and
     * {@code memorySaving} its parts, {@code cores} and {@code gib} the requests freed × replicas); {@code qosBefore} and
     * {@code qosAfter} the pod's QoS class.
     */
    public record WorkloadEntry(String namespace, String kind, String name, String app, String placement, String source,
                                String branch, String held, String monthlySaving, List<ContainerEntry> containers,
                                List<String> quota, List<String> problems, String cpuSaving, String memorySaving, String cores, String gib,
                                String qosBefore, String qosAfter) {
        public WorkloadEntry {
            containers = List.copyOf(containers);
            quota = List.copyOf(quota);
            problems = List.copyOf(problems);
        }

        public String id() {
            return kind + " " + namespace + "/" + name;
        }

        public boolean changes() {
            return containers.stream().anyMatch(c -> "change".equals(c.action()));
        }
    }

    /**
     * One container's verdict: {@code action} change or keep, with the main {@code reason} when it
     * keeps; the VPA's numbers by resource, conf in days, PeakEst, OOM kills in the lookback, HPA
     * resources, the managed-heap runtime; each value's row; the gates; notes for reviewers.
     */
    public record ContainerEntry(String name, String action, String reason, Map<String, VpaEntry> vpa, String confidenceDays,
                                 String confidenceSource, String peakEstimate, String peakSource, int oomKills, String lastOomKill,
                                 int restarts, List<String> hpa, String heap, int replicas, List<ValueEntry> values,
                                 List<GateEntry> gates, List<String> notes) {
        public ContainerEntry {
            vpa = Map.copyOf(vpa);
            hpa = List.copyOf(hpa);
            values = List.copyOf(values);
            gates = List.copyOf(gates);
            notes = List.copyOf(notes);
        }
    }

    /** The VPA's target, lowerBound, upperBound and uncappedTarget for one resource. */
    public record VpaEntry(String target, String lowerBound, String upperBound, String uncappedTarget) {
    }

    /**
     * One request or limit: current → proposed (equal unless {@code status} is change), what the
     * rule gives before the gates, the rule and how each number came about, why it does not change,
     * and where it is declared ({@code file}, {@code line}; null and 0 when the repository does not declare it).
     */
    public record ValueEntry(String resource, String field, String current, String recommended, String proposed, String status,
                             String rule, String why, String reason, String file, int line, String valuesKey) {
        /** Where it is written, for people: {@code file:line}, {@code file (added)}, with the Helm values key when there is one. */
        public String where() {
            if (file == null) {
                return null;
            }
            return file + (line > 0 ? ":" + line : valuesKey != null ? " (added)" : "") + (valuesKey == null ? "" : " " + valuesKey);
        }
    }

    /** A gate of RIGHTSIZING.md and whether it let everything through. */
    public record GateEntry(String name, boolean passed, String detail) {
    }
}
