package io.kubesteward.report;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.FetchStat;
import io.kubesteward.model.Problem;
import io.kubesteward.model.Release;
import io.kubesteward.planning.Outcome;
import io.kubesteward.planning.Plan;
import io.kubesteward.planning.Proposal;
import io.kubesteward.planning.Status;
import io.kubesteward.planning.Update;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the report record from a plan. Pure. */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    /** What the run knows besides the plan. */
    public record RunFacts(String stewardVersion, String repository, Instant generatedAt, int filesScanned, long durationMillis,
                           List<FetchStat> indexes, List<Problem> problems, Map<String, EditFacts> edits) {
        public RunFacts(String stewardVersion, String repository, Instant generatedAt, int filesScanned, long durationMillis,
                        List<FetchStat> indexes, List<Problem> problems) {
            this(stewardVersion, repository, generatedAt, filesScanned, durationMillis, indexes, problems, Map.of());
        }
    }

    /** What editing one proposal (by branch) gave, for the report: notes, or why it failed. */
    public record EditFacts(List<String> notes, String failure) {
    }

    public static Report build(Plan plan, RunFacts facts) {
        Map<Update, String> branchOf = new HashMap<>();
        for (Proposal p : plan.proposals()) {
            p.updates().forEach(u -> branchOf.put(u, p.branch()));
        }
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            byStatus.put(s.id(), 0);
        }
        List<Report.DeclarationEntry> declarations = new ArrayList<>();
        for (Outcome o : plan.outcomes()) {
            byStatus.merge(o.status().id(), 1, Integer::sum);
            declarations.add(declaration(o, branchOf));
        }
        Map<Update, List<String>> rulesOf = new HashMap<>();
        plan.outcomes().forEach(o -> o.updates().forEach(u -> rulesOf.put(u, o.appliedRules())));
        List<Report.ProposalEntry> proposals = plan.proposals().stream()
                .map(p -> proposal(p, facts.edits().getOrDefault(p.branch(), new EditFacts(List.of(), null)),
                        p.updates().stream().flatMap(u -> rulesOf.getOrDefault(u, List.of()).stream()).distinct().toList()))
                .toList();
        List<Report.ProblemEntry> problems = facts.problems().stream()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
                .map(p -> new Report.ProblemEntry(p.file(), p.line(), p.column(), p.message())).toList();
        return new Report(Report.SCHEMA_VERSION, facts.stewardVersion(), facts.repository(), facts.generatedAt().toString(),
                new Report.Summary(byStatus, proposals.size(), problems.size()),
                new Report.Statistics(facts.filesScanned(), plan.outcomes().size(), facts.durationMillis(), facts.indexes()),
                declarations, proposals, problems);
    }

    private static Report.DeclarationEntry declaration(Outcome o, Map<Update, String> branchOf) {
        Declaration d = o.declaration();
        List<Report.UpdateEntry> updates = o.updates().stream()
                .map(u -> new Report.UpdateEntry(u.newValue(), u.type().id(), released(u.release()), branchOf.get(u), u.newDigest()))
                .toList();
        return new Report.DeclarationEntry(d.file(), d.span() == null ? 0 : d.span().line(), d.kind().id(), d.name(),
                d.pkg() == null ? null : d.pkg().repository(), d.currentValue(), o.status().id(), updates,
                o.newestOverall(), o.reason(), o.appliedRules(), lag(o.lag()));
    }

    private static Report.LagEntry lag(io.kubesteward.planning.ReleaseLag lag) {
        return lag == null ? null : new Report.LagEntry(instant(lag.currentReleased()), lag.newest(), instant(lag.newestReleased()),
                lag.newerReleases());
    }

    private static String instant(Instant at) {
        return at == null ? null : at.toString();
    }

    private static Report.ProposalEntry proposal(Proposal p, EditFacts edit, List<String> rules) {
        List<Report.ChangeEntry> changes = p.updates().stream()
                .map(u -> new Report.ChangeEntry(u.declaration().file(),
                        u.declaration().span() == null ? 0 : u.declaration().span().line(),
                        u.declaration().kind().id(), u.declaration().currentValue(), u.newValue(), u.type().id(), released(u.release()),
                        u.newDigest() == null ? null : u.declaration().currentDigest(), u.newDigest()))
                .sorted(Comparator.comparing(Report.ChangeEntry::file).thenComparingInt(Report.ChangeEntry::line))
                .toList();
        Update latest = p.updates().stream()
                .max(Comparator.comparing(u -> u.release().created() == null ? Instant.EPOCH : u.release().created())).orElseThrow();
        Release newest = latest.release();
        List<Report.PassedRelease> passed = latest.passed().stream()
                .map(r -> new Report.PassedRelease(r.version(), released(r), r.changes())).toList();
        return new Report.ProposalEntry(p.branch(), p.title(), p.packageName(), p.repository(), p.type().id(), changes,
                new Report.ReleaseNotes(newest.version(), newest.appVersion(), newest.kubeVersion(), newest.home(),
                        newest.sources(), newest.changes(), passed), edit.notes(), edit.failure(), rules, ImpactEntries.of(p),
                ImpactEntries.notAnalysed(p), ImpactEntries.analysed(p));
    }

    private static String released(Release r) {
        return r.created() == null ? null : r.created().toString();
    }
}
