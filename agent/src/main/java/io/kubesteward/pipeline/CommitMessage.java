package io.kubesteward.pipeline;

import io.kubesteward.planning.Proposal;
import io.kubesteward.planning.Update;

/** A commit message that reads like a person's: the title, then one line per value changed. */
final class CommitMessage {
    private CommitMessage() {
    }

    static String of(Proposal proposal, ProposalEdits.Edited edited) {
        StringBuilder b = new StringBuilder(proposal.title()).append("\n\n");
        for (Update u : proposal.updates()) {
            String to = u.newValue() == null ? u.newDigest() : u.newValue() + (u.newDigest() == null ? "" : "@" + u.newDigest());
            String from = u.declaration().currentValue() == null ? u.declaration().currentDigest() : u.declaration().currentValue();
            b.append("- ").append(u.declaration().file()).append(": ").append(u.declaration().name()).append(' ')
                    .append(from).append(" -> ").append(to).append(" (").append(u.type() == null ? "rightsizing" : u.type().id()).append(")\n");
        }
        edited.notes().forEach(n -> b.append("- ").append(n).append('\n'));
        return b.toString();
    }
}
