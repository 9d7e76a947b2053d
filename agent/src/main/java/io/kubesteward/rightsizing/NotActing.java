package io.kubesteward.rightsizing;

import java.util.List;

/** Nothing changes for this container; {@code reason} is the main one, the lines say per value. */
public record NotActing(
        String container,
        Reason reason,
        List<Line> lines,
        Evidence evidence,
        List<Gate> gates,
        List<Reason> notes) implements Verdict {

    public NotActing {
        lines = List.copyOf(lines);
        gates = List.copyOf(gates);
        notes = List.copyOf(notes);
    }
}
