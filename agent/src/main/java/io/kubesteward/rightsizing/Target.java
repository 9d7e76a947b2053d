package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;

/** A value on its way to a proposal: the rule that set it and how each step changed it, for the PR's "why". */
record Target(Quantity value, String rule, String why) {
    Target then(Quantity next, String step) {
        return new Target(next, rule, why + "; " + step);
    }

    Target withRule(Quantity next, String newRule, String step) {
        return new Target(next, newRule, why + "; " + step);
    }
}
