package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Step sizes by range, written {@code "5m below 100m, 10m below 1, 50m"}: values below 100m round
 * to 5m steps, below 1 core to 10m, the rest to 50m. Rounding goes up (down only for caps).
 */
public record RoundingSteps(String text, List<Tier> tiers) {
    /** {@code below} is null for the last tier, which has no upper end. */
    public record Tier(Quantity step, Quantity below) {
    }

    public RoundingSteps {
        tiers = List.copyOf(tiers);
    }

    public static RoundingSteps parse(String text) {
        List<Tier> tiers = new ArrayList<>();
        String[] parts = text == null ? new String[0] : text.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] words = parts[i].trim().split("\\s+below\\s+");
            boolean last = i == parts.length - 1;
            if (words.length != (last ? 1 : 2)) {
                throw new IllegalArgumentException("'" + text + "' is not a list of steps; write 'STEP below LIMIT, ..., STEP',"
                        + " e.g. '5m below 100m, 10m below 1, 50m' (the last step has no limit)");
            }
            Quantity step = Quantity.parse(words[0]);
            Quantity below = last ? null : Quantity.parse(words[1]);
            if (step.signum() <= 0) {
                throw new IllegalArgumentException("step '" + words[0] + "' in '" + text + "' must be above zero");
            }
            if (below != null && !tiers.isEmpty() && !below.isAbove(tiers.get(tiers.size() - 1).below())) {
                throw new IllegalArgumentException("limits in '" + text + "' must grow from left to right");
            }
            tiers.add(new Tier(step, below));
        }
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("no steps given; write e.g. '5m below 100m, 10m below 1, 50m'");
        }
        return new RoundingSteps(text.trim(), tiers);
    }

    public Quantity step(Quantity value) {
        for (Tier t : tiers) {
            if (t.below() != null && value.isBelow(t.below())) {
                return t.step();
            }
        }
        return tiers.get(tiers.size() - 1).step();
    }

    public Quantity roundUp(Quantity value) {
        return round(value, RoundingMode.CEILING);
    }

    public Quantity roundDown(Quantity value) {
        return round(value, RoundingMode.FLOOR);
    }

    private Quantity round(Quantity value, RoundingMode mode) {
        BigDecimal step = step(value).amount();
        BigDecimal steps = value.amount().divide(step, 0, mode);
        return value.withAmount(steps.multiply(step));
    }
}
