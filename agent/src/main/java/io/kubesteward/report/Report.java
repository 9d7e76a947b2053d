package io.kubesteward.report;

import io.kubesteward.model.FetchStat;
import java.util.List;
import java.util.Map;

/**
 * The result of one run, as every renderer and the JSON output see it. The JSON form is a public
 * contract documented in docs/report-schema.md: bump {@link #SCHEMA_VERSION} on any incompatible
 * change.
 */
public record Report(
        int schemaVersion,
        String stewardVersion,
        String repository,
        String generatedAt,
        Summary summary,
        Statistics statistics,
        List<DeclarationEntry> declarations,
        List<ProposalEntry> proposals,
        List<ProblemEntry> problems,
        List<DeliveryEntry> deliveries,
        List<AddonEntry> addons,
        List<DriftEntry> drift,
        List<ClusterProblemEntry> clusterProblems,
        RightsizingEntry rightsizing) {

    public static final int SCHEMA_VERSION = 1;

    public Report {
        declarations = List.copyOf(declarations);
        proposals = List.copyOf(proposals);
        problems = List.copyOf(problems);
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
        addons = addons == null ? List.of() : List.copyOf(addons);
        drift = drift == null ? List.of() : List.copyOf(drift);
        clusterProblems = clusterProblems == null ? List.of() : List.copyOf(clusterProblems);
    }

    /** A report without rightsizing (null: no cluster was read). */
    public Report(int schemaVersion, String stewardVersion, String repository, String generatedAt, Summary summary,
                  Statistics statistics, List<DeclarationEntry> declarations, List<ProposalEntry> proposals,
                  List<ProblemEntry> problems, List<DeliveryEntry> deliveries, List<AddonEntry> addons, List<DriftEntry> drift,
                  List<ClusterProblemEntry> clusterProblems) {
        this(schemaVersion, stewardVersion, repository, generatedAt, summary, statistics, declarations, proposals, problems, deliveries,
                addons, drift, clusterProblems, null);
    }

    /** A report without a cluster: no add-ons, drift or cluster problems. */
    public Report(int schemaVersion, String stewardVersion, String repository, String generatedAt, Summary summary,
                  Statistics statistics, List<DeclarationEntry> declarations, List<ProposalEntry> proposals,
                  List<ProblemEntry> problems, List<DeliveryEntry> deliveries) {
        this(schemaVersion, stewardVersion, repository, generatedAt, summary, statistics, declarations, proposals, problems, deliveries,
                List.of(), List.of(), List.of());
    }

    /** A plan's report: nothing delivered. */
    public Report(int schemaVersion, String stewardVersion, String repository, String generatedAt, Summary summary,
                  Statistics statistics, List<DeclarationEntry> declarations, List<ProposalEntry> proposals,
                  List<ProblemEntry> problems) {
        this(schemaVersion, stewardVersion, repository, generatedAt, summary, statistics, declarations, proposals, problems, List.of());
    }

    /** The same report with what {@code steward run} did with each proposal. */
    public Report withDeliveries(List<DeliveryEntry> done) {
        return new Report(schemaVersion, stewardVersion, repository, generatedAt, summary, statistics, declarations, proposals,
                problems, done, addons, drift, clusterProblems, rightsizing);
    }

    /** The same report with what the cluster showed (see {@link ClusterEntries}). */
    public Report withCluster(List<AddonEntry> foundAddons, List<DriftEntry> foundDrift, List<ClusterProblemEntry> unreadable) {
        return new Report(schemaVersion, stewardVersion, repository, generatedAt, summary, statistics, declarations, proposals,
                problems, deliveries, foundAddons, foundDrift, unreadable, rightsizing);
    }

    /** The same report with rightsizing (see {@link RightsizingEntries}). */
    public Report withRightsizing(RightsizingEntry entry) {
        return new Report(schemaVersion, stewardVersion, repository, generatedAt, summary, statistics, declarations, proposals,
                problems, deliveries, addons, drift, clusterProblems, entry);
    }

    /** What {@code steward run} did with one proposal (or one superseded pull request). */
    public record DeliveryEntry(String branch, String action, String pullRequest, String detail) {
    }

    /** Counts: declarations by status id, proposals, problems. */
    public record Summary(Map<String, Integer> declarationsByStatus, int proposals, int problems) {
    }

    /** How the run went: files read, time taken, each repository index fetched. */
    public record Statistics(int filesScanned, int declarations, long durationMillis, List<FetchStat> indexes) {
        public Statistics {
            indexes = List.copyOf(indexes);
        }
    }

    /**
     * One declaration and what became of it. {@code line} is 1-based, 0 when unknown; {@code lag} is
     * null when the releases were not read or the current value is not one version.
     */
    public record DeclarationEntry(
            String file,
            int line,
            String kind,
            String name,
            String repository,
            String current,
            String status,
            List<UpdateEntry> updates,
            String newest,
            String reason,
            List<String> rules,
            LagEntry lag) {
        public DeclarationEntry {
            updates = List.copyOf(updates);
            rules = List.copyOf(rules);
        }

        public DeclarationEntry(String file, int line, String kind, String name, String repository, String current, String status,
                                List<UpdateEntry> updates, String newest, String reason, List<String> rules) {
            this(file, line, kind, name, repository, current, status, updates, newest, reason, rules, null);
        }
    }

    /**
     * How far behind a declaration is, whatever the rules allow: the newest stable compatible release,
     * how many such releases are newer than the current one, and when both were published (RFC 3339, null when unknown).
     */
    public record LagEntry(String currentReleasedAt, String newest, String newestReleasedAt, int newerReleases) {
    }

    /**
     * One proposed move of a declaration; {@code releasedAt} is RFC 3339 or null when unknown.
     * {@code digest} is the new pinned digest when the declaration pins one ({@code to} is null for
     * a reference that pins only a digest).
     */
    public record UpdateEntry(String to, String updateType, String releasedAt, String branch, String digest) {
        public UpdateEntry(String to, String updateType, String releasedAt, String branch) {
            this(to, updateType, releasedAt, branch, null);
        }

        /** The target as people read it: {@code 1.2.3}, {@code 1.2.3@sha256:…}, or the digest alone. */
        public String shown() {
            return Report.joined(to, digest);
        }
    }

    static String joined(String value, String digest) {
        if (digest == null) {
            return value;
        }
        return value == null ? digest : value + "@" + digest;
    }

    /**
     * One would-be pull request. {@code notes} are what editing found a reviewer should know (chart
     * version bumps, lock files to regenerate, quoting); {@code editFailure}, when set, says why the
     * edit could not be made and confirmed, so the proposal cannot be delivered. {@code rules} names
     * the package rules that applied to its changes (the policy that allowed it).
     */
    public record ProposalEntry(
            String branch,
            String title,
            String name,
            String repository,
            String updateType,
            List<ChangeEntry> changes,
            ReleaseNotes release,
            List<String> notes,
            String editFailure,
            List<String> rules,
            List<ImpactEntry> impact,
            List<String> notAnalysed,
            List<String> analysed) {
        public ProposalEntry {
            changes = List.copyOf(changes);
            notes = notes == null ? List.of() : List.copyOf(notes);
            rules = rules == null ? List.of() : List.copyOf(rules);
            impact = impact == null ? List.of() : List.copyOf(impact);
            notAnalysed = notAnalysed == null ? List.of() : List.copyOf(notAnalysed);
            analysed = analysed == null ? List.of() : List.copyOf(analysed);
        }

        public ProposalEntry(String branch, String title, String name, String repository, String updateType, List<ChangeEntry> changes,
                             ReleaseNotes release, List<String> notes, String editFailure, List<String> rules) {
            this(branch, title, name, repository, updateType, changes, release, notes, editFailure, rules, List.of(), List.of(), List.of());
        }

        /** Whether the upgrade analysis found something that blocks merging as it is. */
        public boolean blocking() {
            return impact.stream().anyMatch(i -> i.severity().equals(io.kubesteward.analysis.Severity.BLOCKING.label()));
        }

        public ProposalEntry(String branch, String title, String name, String repository, String updateType, List<ChangeEntry> changes,
                             ReleaseNotes release) {
            this(branch, title, name, repository, updateType, changes, release, List.of(), null, List.of());
        }
    }

    /**
     * One finding of the upgrade analysis: {@code severity} is {@code blocking}, {@code needs attention} or
     * {@code information}; {@code check} the check that found it; {@code files} the declarations it concerns.
     */
    public record ImpactEntry(String severity, String check, String summary, List<String> details, List<String> files) {
        public ImpactEntry {
            details = List.copyOf(details);
            files = List.copyOf(files);
        }
    }

    /** One value a proposal changes; the digests are set when the reference pins one. */
    public record ChangeEntry(String file, int line, String kind, String from, String to, String updateType, String releasedAt,
                              String fromDigest, String toDigest) {
        public ChangeEntry(String file, int line, String kind, String from, String to, String updateType, String releasedAt) {
            this(file, line, kind, from, to, updateType, releasedAt, null, null);
        }

        public String shownFrom() {
            return Report.joined(from, fromDigest);
        }

        public String shownTo() {
            return Report.joined(to, toDigest);
        }
    }

    /**
     * What the repository index says about the newest version a proposal moves to. Publisher text
     * ({@code changes}, {@code home}, {@code sources}) is untrusted: renderers sanitise it.
     */
    public record ReleaseNotes(String version, String appVersion, String kubeVersion, String home, List<String> sources, String changes,
                               List<PassedRelease> passed) {
        public ReleaseNotes {
            sources = sources == null ? List.of() : List.copyOf(sources);
            passed = passed == null ? List.of() : List.copyOf(passed);
        }

        public ReleaseNotes(String version, String appVersion, String kubeVersion, String home, List<String> sources, String changes) {
            this(version, appVersion, kubeVersion, home, sources, changes, List.of());
        }
    }

    /** A version the change moves over (newer than the current one, older than the new one), with its own notes. */
    public record PassedRelease(String version, String releasedAt, String changes) {
    }

    /** A file Steward could not read, and where. */
    public record ProblemEntry(String file, int line, int column, String message) {
    }
}
