package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;

/**
 * One row of the table every rightsizing PR shows: a container's request or limit for one resource.
 *
 * @param current     as the source file declares it (the effective request when only a limit is written); null: none
 * @param recommended what the policy's rule gives before the gates and the step-down cap; null: none
 * @param proposed    what this change writes; equal to {@code current} unless {@code status} is CHANGE
 * @param rule        the rule that produced {@code recommended}, as RIGHTSIZING.md words it
 * @param why         how each number came about, with the values used
 * @param reason      why the value does not change (null for CHANGE)
 * @param inSource    the file writes this value (false: a request the API server copies from the limit)
 */
public record Line(
        Resource resource,
        Field field,
        Quantity current,
        Quantity recommended,
        Quantity proposed,
        Status status,
        String rule,
        String why,
        Reason reason,
        boolean inSource) {

    public enum Field {
        REQUEST("request"),
        LIMIT("limit");

        private final String id;

        Field(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum Status {
        /** The change proposes {@code proposed}. */
        CHANGE,
        /** Nothing to do: at the target or below the thresholds. */
        KEEP,
        /** A gate holds it back; {@code reason} says which. */
        BLOCKED,
        /** A decrease Steward only mentions (managed-heap runtimes). */
        ADVISORY
    }

    public boolean changes() {
        return status == Status.CHANGE;
    }

    public boolean increases() {
        return changes() && current != null && proposed.isAbove(current);
    }

    /** {@code proposed} written in the style of {@code current} ({@code 500m}, {@code 0.5}, {@code 1088Mi}); null when none. */
    public String proposedText() {
        if (proposed == null) {
            return null;
        }
        return proposed.formatLike(current == null ? null : current.text());
    }

    /** {@code resources.requests.cpu} and the like. */
    public String path() {
        return "resources." + (field == Field.REQUEST ? "requests." : "limits.") + resource.id();
    }
}
