package io.kubesteward.rightsizing;

import java.util.List;

/**
 * Whether an owner's rightsizing changes (one PR per application by default) are worth a pull
 * request: yes when any increase triggers, or when the estimated saving reaches
 * {@code minimumMonthlySaving}.
 */
public record PullRequestDecision(boolean open, boolean reliability, Saving saving, String reason) {

    public static PullRequestDecision of(List<WorkloadPlan> plans, RightsizingSettings settings, Prices prices) {
        Saving saving = plans.stream().map(WorkloadPlan::saving).reduce(Saving.none(prices.currency()), Saving::plus);
        boolean reliability = plans.stream().anyMatch(WorkloadPlan::reliability);
        List<String> raised = plans.stream().filter(WorkloadPlan::increases).map(WorkloadPlan::id).toList();
        if (!raised.isEmpty()) {
            return new PullRequestDecision(true, reliability, saving, (reliability ? "reliability: " : "") + "raises resources of "
                    + String.join(", ", raised));
        }
        var minimum = settings.decimal(Setting.MINIMUM_MONTHLY_SAVING);
        if (plans.stream().noneMatch(WorkloadPlan::changes)) {
            return new PullRequestDecision(false, false, saving, "nothing to change");
        }
        boolean enough = saving.perMonth().compareTo(minimum) >= 0;
        return new PullRequestDecision(enough, false, saving, "saves " + saving.describe() + (enough ? " ≥ " : " < ")
                + Show.plain(minimum) + " " + prices.currency() + "/month" + (enough ? "" : " and raises nothing: reported, no pull request"));
    }
}
