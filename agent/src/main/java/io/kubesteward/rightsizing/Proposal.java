package io.kubesteward.rightsizing;

import java.util.List;

/**
 * New requests and limits for one container. {@code reliability} marks a change driven by OOM kills:
 * it carries the {@code reliability} label and goes first. {@code saving} prices its request changes.
 */
public record Proposal(
        String container,
        List<Line> lines,
        Evidence evidence,
        List<Gate> gates,
        List<Reason> notes,
        boolean reliability,
        Saving saving) implements Verdict {

    public Proposal {
        lines = List.copyOf(lines);
        gates = List.copyOf(gates);
        notes = List.copyOf(notes);
    }

    /** Only the rows whose value changes, in table order. */
    public List<Line> changes() {
        return lines.stream().filter(Line::changes).toList();
    }

    public boolean increases() {
        return lines.stream().anyMatch(Line::increases);
    }
}
