package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.Declaration;
import io.kubesteward.planning.Proposal;
import io.kubesteward.planning.Update;
import io.kubesteward.rightsizing.Saving;
import java.util.ArrayList;
import java.util.List;

/**
 * One application's rightsizing pull request: its deterministic branch
 * ({@code steward/rightsizing/<app>}), title, the workloads it changes, whether OOM kills drive it
 * ({@code reliability}: labelled so and delivered first), the monthly saving and why it is worth a
 * pull request, and its edits: values in place, patch files added to overlays, VPA files, Helm values of the
 * releases that render the workloads.
 */
public record RightsizingProposal(
        String branch,
        String title,
        String app,
        List<String> workloads,
        boolean reliability,
        Saving saving,
        String decision,
        List<ValueChange> values,
        List<OverlayPatch> patches,
        List<NewVpa> vpas,
        List<HelmValueChange> helmValues) {

    public static final String LABEL = "rightsizing";
    public static final String RELIABILITY_LABEL = "reliability";

    public RightsizingProposal {
        workloads = List.copyOf(workloads);
        values = List.copyOf(values);
        patches = List.copyOf(patches);
        vpas = List.copyOf(vpas);
        helmValues = List.copyOf(helmValues);
    }

    public List<String> labels() {
        return reliability ? List.of(LABEL, RELIABILITY_LABEL) : List.of(LABEL);
    }

    /**
     * As the delivery steps know proposals: one update per value written (the new text as its
     * target, so a pull request closed unmerged keeps these values from being proposed again), no
     * update type.
     */
    public Proposal asDelivery() {
        List<Update> updates = new ArrayList<>();
        for (ValueChange v : values) {
            updates.add(new Update(v.declaration(), v.newText(), null, null));
        }
        for (OverlayPatch p : patches) {
            for (ValueChange base : p.previous().values()) {
                Declaration patched = new Declaration(p.file(), base.declaration().kind(), base.declaration().name(),
                        base.declaration().currentValue(), null, null, base.declaration().skip());
                updates.add(new Update(patched, base.newText(), null, null));
            }
        }
        for (HelmValueChange h : helmValues) {
            // named as the container's value, as for manifests: the commit lines say which container a merged change touched
            Declaration value = new Declaration(h.key().target().block().file(), io.kubesteward.model.DeclarationKind.CONTAINER_RESOURCES,
                    new io.kubesteward.model.ContainerResourceRef(h.kind(), h.namespace(), h.name(), h.container(), h.field(), null).format(),
                    h.current(), null, null,
                    new io.kubesteward.model.SkipReason(io.kubesteward.model.SkipReason.Code.NOT_A_VERSION, "a Helm values key"));
            updates.add(new Update(value, h.newText(), null, null));
        }
        return new Proposal(branch, title, LABEL + "/" + app, null, null, updates);
    }

    /** The texts this proposal writes, as its pull request's hidden metadata records them. */
    public List<String> targets() {
        return asDelivery().updates().stream().map(Update::newValue).distinct().sorted().toList();
    }
}
