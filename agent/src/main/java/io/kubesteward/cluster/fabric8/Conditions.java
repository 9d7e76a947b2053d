package io.kubesteward.cluster.fabric8;

import io.kubesteward.model.StatusCondition;
import java.util.ArrayList;
import java.util.List;

/** {@code status.conditions} of a custom resource. */
final class Conditions {
    private Conditions() {
    }

    static List<StatusCondition> of(Object body) {
        List<StatusCondition> conditions = new ArrayList<>();
        for (Object condition : Fields.list(body, "status", "conditions")) {
            String type = Fields.text(condition, "type");
            if (type != null) {
                conditions.add(new StatusCondition(type, Fields.text(condition, "status"), Fields.text(condition, "reason"),
                        Fields.text(condition, "message"), Times.parse(Fields.at(condition, "lastTransitionTime"))));
            }
        }
        return conditions;
    }
}
