package io.kubesteward.report;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.Quantity;
import io.kubesteward.planning.rightsizing.DeclaredValue;
import io.kubesteward.planning.rightsizing.RightsizingPlan;
import io.kubesteward.planning.rightsizing.RightsizingProposal;
import io.kubesteward.planning.rightsizing.WorkloadResult;
import io.kubesteward.rightsizing.Evidence;
import io.kubesteward.rightsizing.Gate;
import io.kubesteward.rightsizing.Line;
import io.kubesteward.rightsizing.NotActing;
import io.kubesteward.rightsizing.QuotaCheck;
import io.kubesteward.rightsizing.Reason;
import io.kubesteward.rightsizing.Recommendation;
import io.kubesteward.rightsizing.Resource;
import io.kubesteward.rightsizing.Saving;
import io.kubesteward.rightsizing.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Turns the rightsizing plan into the report's entries. Pure. */
public final class RightsizingEntries {
    private RightsizingEntries() {
    }

    /** The report with rightsizing; unchanged when no cluster was read ({@code plan} null). */
    public static Report add(Report report, RightsizingPlan plan, Map<String, ReportBuilder.EditFacts> edits) {
        if (plan == null) {
            return report;
        }
        List<RightsizingEntry.ProposalEntry> proposals = plan.proposals().stream()
                .map(p -> proposal(p, edits.getOrDefault(p.branch(), new ReportBuilder.EditFacts(List.of(), null)))).toList();
        List<RightsizingEntry.WorkloadEntry> workloads = plan.workloads().stream().map(RightsizingEntries::workload).toList();
        String currency = plan.proposals().stream().map(p -> p.saving().currency()).findFirst()
                .orElse(plan.workloads().stream().map(w -> w.plan().saving().currency()).findFirst().orElse(null));
        BigDecimal total = plan.proposals().stream().map(p -> p.saving().perMonth()).reduce(BigDecimal.ZERO, BigDecimal::add);
        RightsizingEntry.PricesEntry prices = plan.prices() == null ? null : new RightsizingEntry.PricesEntry(plan.prices().currency(),
                plan.prices().cpuCoreHour().toPlainString(), plan.prices().memoryGibHour().toPlainString(),
                plan.hoursPerMonth() == null ? null : plan.hoursPerMonth().toPlainString());
        return report.withRightsizing(new RightsizingEntry(plan.cluster(), plan.readAt() == null ? null : plan.readAt().toString(), currency,
                money(total), proposals, workloads, plan.problems(), prices, plan.cooldown()));
    }

    private static RightsizingEntry.ProposalEntry proposal(RightsizingProposal p, ReportBuilder.EditFacts edit) {
        TreeSet<String> files = new TreeSet<>();
        p.values().forEach(v -> files.add(v.declaration().file()));
        p.patches().forEach(patch -> files.add(patch.file()));
        p.vpas().forEach(v -> files.add(v.file()));
        p.helmValues().forEach(h -> files.add(h.key().target().block().file()));
        return new RightsizingEntry.ProposalEntry(p.branch(), p.title(), p.app(), p.labels(), p.reliability(), p.workloads(),
                money(p.saving().perMonth()), p.decision(), p.targets(), List.copyOf(files), edit.notes(), edit.failure());
    }

    private static RightsizingEntry.WorkloadEntry workload(WorkloadResult r) {
        List<RightsizingEntry.ContainerEntry> containers = new ArrayList<>();
        for (Verdict v : r.plan().containers()) {
            containers.add(container(r, v));
        }
        Saving saving = r.plan().saving();
        return new RightsizingEntry.WorkloadEntry(r.ref().namespace(), r.ref().kind().kind(), r.ref().name(), r.app(),
                r.source().placement().id(), r.source().detail(), r.branch(), r.held(), money(saving.perMonth()), containers,
                r.plan().quotaChecks().stream().map(QuotaCheck::describe).toList(), r.problems(), money(saving.cpuPerMonth()),
                money(saving.memoryPerMonth()), saving.cores().stripTrailingZeros().toPlainString(),
                saving.gib().setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
                r.plan().qosBefore() == null ? null : r.plan().qosBefore().shown(), r.plan().qosAfter() == null ? null : r.plan().qosAfter().shown());
    }

    private static RightsizingEntry.ContainerEntry container(WorkloadResult r, Verdict v) {
        Evidence e = v.evidence();
        Map<String, RightsizingEntry.VpaEntry> vpa = new TreeMap<>();
        e.vpa().forEach((resource, rec) -> vpa.put(resource.id(), vpa(rec)));
        List<RightsizingEntry.ValueEntry> values = v.lines().stream().map(l -> value(r, v.container(), l)).toList();
        String reason = v instanceof NotActing n ? n.reason().toString() : null;
        return new RightsizingEntry.ContainerEntry(v.container(), v instanceof NotActing ? "keep" : "change", reason, vpa,
                e.confidenceDays() == null ? null : e.confidenceDays().setScale(1, RoundingMode.HALF_UP).toPlainString(),
                e.confidenceSource(), mebibytes(e.peakEstimate()), e.peakSource(), e.oomKillsInLookback(),
                e.lastOomKill() == null ? null : e.lastOomKill().toString(), e.restarts(),
                e.hpaResources().stream().map(Resource::id).sorted().toList(), e.heap() == null ? null : e.heap().runtime() + ": "
                + e.heap().evidence(), e.replicas(), values, v.gates().stream().map(RightsizingEntries::gate).toList(),
                v.notes().stream().map(Reason::toString).toList());
    }

    private static RightsizingEntry.ValueEntry value(WorkloadResult r, String container, Line l) {
        String field = l.path().substring("resources.".length());
        Declaration declared = r.source().value(container, field).map(DeclaredValue::declaration).orElse(null);
        String current = text(l.current());
        var key = r.source().helm() == null ? null : r.source().helm().key(container, field).filter(k -> k.target().writable()).orElse(null);
        String file = key != null ? key.target().block().file() : declared == null ? null : declared.file();
        int line = key != null ? key.target().line() : declared == null || declared.span() == null ? 0 : declared.span().line();
        return new RightsizingEntry.ValueEntry(l.resource().id(), l.field().id(), current,
                l.recommended() == null ? null : l.recommended().formatLike(current), l.proposedText(), l.status().name().toLowerCase(Locale.ROOT), l.rule(), l.why(), l.reason() == null ? null : l.reason().toString(),
                file, line, key == null ? null : key.dotted());
    }

    private static RightsizingEntry.VpaEntry vpa(Recommendation rec) {
        return new RightsizingEntry.VpaEntry(text(rec.target()), text(rec.lowerBound()), text(rec.upperBound()), text(rec.uncappedTarget()));
    }

    private static RightsizingEntry.GateEntry gate(Gate g) {
        return new RightsizingEntry.GateEntry(g.name(), g.passed(), g.detail());
    }

    private static String text(Quantity q) {
        return q == null ? null : q.text();
    }

    /** A memory peak as people read it, {@code 913.97Mi}: the histogram's bucket ends are no round numbers. */
    private static String mebibytes(Quantity q) {
        return q == null ? null : q.mebibytes().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "Mi";
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
