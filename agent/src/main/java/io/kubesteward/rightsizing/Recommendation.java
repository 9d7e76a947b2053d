package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;

/**
 * One resource of a VPA's {@code containerRecommendations[]} entry: {@code T} target, {@code L}
 * lowerBound, {@code U} upperBound, {@code UT} uncappedTarget (the target before minAllowed and
 * maxAllowed; null when the status has none).
 */
public record Recommendation(Quantity target, Quantity lowerBound, Quantity upperBound, Quantity uncappedTarget) {
    public Recommendation {
        if (target == null || lowerBound == null || upperBound == null) {
            throw new IllegalArgumentException("a VPA recommendation needs target, lowerBound and upperBound");
        }
    }

    public static Recommendation of(String target, String lowerBound, String upperBound, String uncappedTarget) {
        return new Recommendation(Quantity.parse(target), Quantity.parse(lowerBound), Quantity.parse(upperBound),
                uncappedTarget == null ? null : Quantity.parse(uncappedTarget));
    }

    /** The VPA's maxAllowed held the target down: the container wants more than it may have. */
    public boolean cappedDown() {
        return uncappedTarget != null && uncappedTarget.isAbove(target);
    }

    /** The VPA's minAllowed lifted the target. */
    public boolean raisedUp() {
        return uncappedTarget != null && uncappedTarget.isBelow(target);
    }
}
