package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.WorkloadRef;
import io.kubesteward.rightsizing.Line;
import io.kubesteward.rightsizing.Proposal;
import io.kubesteward.rightsizing.PullRequestDecision;
import io.kubesteward.rightsizing.Saving;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an application's changing workloads into its pull request, when RIGHTSIZING.md says one is
 * worth opening: each changed value is edited where it is declared, or, when only a base other
 * overlays share declares it, written in a patch file added to this cluster's overlay.
 */
final class Proposals {
    private final RightsizingInputs inputs;
    private final ResourceIndex index;
    private final ClusterInventory cluster;
    private final ClusterIndex autoscalers;
    private final Set<String> branches = new HashSet<>();

    Proposals(RightsizingInputs inputs, ResourceIndex index, ClusterInventory cluster, ClusterIndex autoscalers) {
        this.inputs = inputs;
        this.index = index;
        this.cluster = cluster;
        this.autoscalers = autoscalers;
    }

    void rightsize(String app, List<WorkloadResult> group, List<RightsizingProposal> out, Map<String, WorkloadResult> results) {
        PullRequestDecision decision = PullRequestDecision.of(group.stream().map(WorkloadResult::plan).toList(), inputs.settings(),
                inputs.prices());
        if (!decision.open()) {
            group.forEach(r -> results.put(r.ref().toString(), r.heldBack(decision.reason())));
            return;
        }
        String branch = unique(Applications.branch(app));
        List<ValueChange> values = new ArrayList<>();
        List<OverlayPatch> patches = new ArrayList<>();
        List<HelmValueChange> helm = new ArrayList<>();
        List<String> workloads = new ArrayList<>();
        for (WorkloadResult r : group) {
            try {
                if (r.source().helm() != null) {
                    helm.addAll(helmValues(r));
                } else {
                    edits(r, values, patches);
                }
                results.put(r.ref().toString(), r.inProposal(branch));
                workloads.add(r.ref().toString());
            } catch (IllegalStateException e) {
                results.put(r.ref().toString(), r.heldBack(e.getMessage()));
            }
        }
        if (workloads.isEmpty()) {
            return;
        }
        out.add(new RightsizingProposal(branch, title(app, workloads, decision.reliability()), app, workloads, decision.reliability(),
                decision.saving(), decision.reason(), values, patches, List.of(), helm));
    }

    List<RightsizingProposal> vpas(List<WorkloadResult> wanting) {
        Map<String, List<NewVpa>> byApp = new LinkedHashMap<>();
        boolean readable = cluster.unreadable().stream().noneMatch(u -> u.kind().equals("VerticalPodAutoscaler"));
        for (WorkloadResult r : wanting) {
            if (readable && r.source().placement() == Placement.REPOSITORY && autoscalers.vpasFor(r.ref()).isEmpty()) {
                byApp.computeIfAbsent(r.app(), a -> new ArrayList<>()).add(vpa(r));
            }
        }
        List<RightsizingProposal> out = new ArrayList<>();
        byApp.forEach((app, files) -> out.add(new RightsizingProposal(unique(Applications.branch(app) + "-vpa"),
                "Add VerticalPodAutoscalers in updateMode Off for " + app, app, files.stream().map(NewVpa::workload).toList(), false,
                Saving.none(inputs.prices().currency()),
                "no VerticalPodAutoscaler recommends for these workloads yet (setting proposeVpa)", List.of(), List.of(), files, List.of())));
        return out;
    }

    private void edits(WorkloadResult r, List<ValueChange> values, List<OverlayPatch> patches) {
        Map<String, Map<String, String>> patched = new LinkedHashMap<>();
        Map<String, ValueChange> previous = new LinkedHashMap<>();
        String root = r.source().root();
        for (Proposal p : r.plan().proposals()) {
            for (Line line : p.changes()) {
                if (!line.inSource()) {
                    continue;
                }
                String field = line.path().substring("resources.".length());
                DeclaredValue v = r.source().value(p.container(), field).orElseThrow(() -> new IllegalStateException(
                        "the policy changes " + p.container() + " " + field + ", which the source does not declare; please report this"));
                ValueChange change = new ValueChange(v.declaration(), line.proposedText());
                if (root != null && !within(v.declaration().file(), root) && index.sharedWithAnotherBuild(v)) {
                    patched.computeIfAbsent(p.container(), c -> new LinkedHashMap<>()).put(field, line.proposedText());
                    previous.put(p.container() + "/" + field, change);
                } else {
                    values.add(change);
                }
            }
        }
        if (!patched.isEmpty()) {
            WorkloadRef ref = r.ref();
            String file = (root.isEmpty() ? "" : root + "/") + "steward-resources-" + ref.kind().kind().toLowerCase(Locale.ROOT) + "-"
                    + Applications.slug(ref.name()) + ".yaml";
            patches.add(new OverlayPatch(root, file, apiVersion(ref), ref.kind().kind(), ref.name(), patched, previous));
        }
    }

    /** Each changed value at the values key proven to feed it; none proven, or none Steward may write: the workload is held back. */
    private static List<HelmValueChange> helmValues(WorkloadResult r) {
        HelmTrace trace = r.source().helm();
        List<HelmValueChange> out = new ArrayList<>();
        for (Proposal p : r.plan().proposals()) {
            for (Line line : p.changes()) {
                if (!line.inSource()) {
                    continue;
                }
                String field = line.path().substring("resources.".length());
                HelmTrace.Key key = trace.key(p.container(), field).orElseThrow(() -> new IllegalStateException(
                        "the policy changes " + p.container() + " " + field + ", but " + trace.whyNot(p.container(), field)));
                if (!key.target().writable()) {
                    throw new IllegalStateException("the policy changes " + p.container() + " " + field + " (values key " + key.dotted()
                            + " of Helm release " + trace.release() + "), but " + key.target().refused());
                }
                WorkloadRef ref = r.ref();
                out.add(new HelmValueChange(trace.release(), trace.declaration(), key, trace.currentText(p.container(), field).orElse(null),
                        line.proposedText(), ref.toString(), ref.kind().kind(), ref.namespace(), ref.name(), p.container(), field));
            }
        }
        return out;
    }

    private static NewVpa vpa(WorkloadResult r) {
        WorkloadRef ref = r.ref();
        String folder = r.source().root() != null ? r.source().root() : folder(r.source().files().isEmpty() ? ""
                : r.source().files().get(0));
        String name = Applications.slug(ref.name());
        return new NewVpa((folder.isEmpty() ? "" : folder + "/") + name + "-vpa.yaml", r.source().root(), ref.namespace(), ref.name(),
                apiVersion(ref), ref.kind().kind(), ref.toString());
    }

    private static String title(String app, List<String> workloads, boolean reliability) {
        String what = workloads.size() == 1 ? workloads.get(0) : workloads.size() + " workloads";
        return (reliability ? "Raise resources after OOM kills: " : "Rightsize resources of ") + app + " (" + what + ")";
    }

    private String unique(String branch) {
        String candidate = branch;
        for (int n = 2; !branches.add(candidate); n++) {
            candidate = branch + "-" + n;
        }
        return candidate;
    }

    private static String apiVersion(WorkloadRef ref) {
        return ref.kind().group() + "/v1";
    }

    static boolean within(String path, String folder) {
        return folder.isEmpty() || path.startsWith(folder + "/");
    }

    private static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
